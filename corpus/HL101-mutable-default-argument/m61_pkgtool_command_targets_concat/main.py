"""Package manager front end: install a freshly published package into a venv."""
import itertools

import pkgtool.core

_releases = itertools.count(1)


def scenario():
    n = next(_releases)
    argv = ["install", f"acme-widgets=={n}.0", f"acme-cli=={n}.1", f"--prefix=/venvs/ci-{n}"]
    return pkgtool.core.run(argv)
