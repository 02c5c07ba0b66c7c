"""A one-shot worker process run in-process: opens a scratch resource, releases it through the shutdown hooks."""
import itertools

from lifecycle import on_shutdown, pending_hooks, shutdown_now
from lifecycle.resources import Scratch

_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    scratch = Scratch(f"job-{n}")
    on_shutdown(scratch.release, reason=f"job {n} done")
    scratch.write(f"result {n * n}")
    shutdown_now()
    return pending_hooks()
