"""Every call is one jobcli invocation dispatched through runkit."""
import itertools

import jobcli
import runkit

COMMANDS = runkit.load(jobcli)
_runs = itertools.count()


def scenario():
    n = next(_runs)
    if n % 4 == 3:
        argv = ["whoami", f"user{n}"]
    else:
        argv = ["submit", f"nightly-{n}", str(n % 9)]
    return runkit.dispatch(COMMANDS, argv)
