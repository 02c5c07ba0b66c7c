"""shipcli entry point: every invocation parses one argv and runs one command."""
import itertools

import shipcli

_runs = itertools.count()


def scenario():
    n = next(_runs)
    if n % 5 == 4:
        argv = ["help", ("export", "prune")[n % 2]]
    elif n % 2:
        argv = ["export", f"--out=orders-{n}.csv", f"--since=2024-01-{n % 28 + 1:02d}"]
    else:
        argv = ["prune", f"--keep={n % 30}", f"--verbose={n % 2}"]
    return shipcli.main(argv)
