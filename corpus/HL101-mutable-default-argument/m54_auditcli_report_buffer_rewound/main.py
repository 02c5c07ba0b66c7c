"""Package index hook: `auditcli check` runs on every uploaded release's metadata."""
import itertools

import auditcli as cli

_uploads = itertools.count(1)


def scenario():
    n = next(_uploads)
    argv = [f"name=pkg-{n}", f"version=1.{n}.0", "license=MIT" if n % 3 else "license=GPL"]
    failures, text = cli.check(argv)
    return failures, len(text)
