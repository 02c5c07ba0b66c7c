"""A worker job: opens a scratch resource and asks the lifecycle module to release it at shutdown."""
import itertools

from lifecycle import on_shutdown, pending_hooks
from lifecycle.resources import Scratch

_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    scratch = Scratch(f"job-{n}")
    on_shutdown(scratch.release, reason=f"job {n} done")
    scratch.write(f"result {n * n}")
    return pending_hooks()
