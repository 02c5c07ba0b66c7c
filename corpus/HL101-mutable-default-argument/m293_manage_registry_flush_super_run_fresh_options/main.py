"""Admin script: runs the command named on the command line via the dispatcher."""
import itertools

from manage.dispatch import execute

_calls = itertools.count()


def scenario():
    n = next(_calls)
    return execute(["flush", f"cache:tenant-{n}", f"queue:tenant-{n}"])
