"""Editor integration: each save runs `vcs status` on the open branch, then pushes it."""
import itertools

import vcs

_saves = itertools.count()


def scenario():
    n = next(_saves)
    branch = f"feature-{n}"
    return [
        vcs.run(["status", "--short", "--branch", branch]),
        vcs.run(["push", branch, "--remote", f"fork{n}"]),
    ]
