"""Deploy CLI: each call is one invocation with fresh argv (every fifth has a typo'd flag)."""
import itertools

import deploycli

_runs = itertools.count()


def scenario():
    n = next(_runs)
    flag = "--dryrun" if n % 5 == 0 else "--dry-run"
    return deploycli.run(["--verbose", flag, f"release-{n}"])
