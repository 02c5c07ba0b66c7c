"""Ops console: each request runs one command line for a tenant."""
import itertools

import jobs

_requests = itertools.count()


def scenario():
    n = next(_requests)
    return jobs.handle(f"tenant{n}", ["sync", f"--since={n}"])
