"""Nightly export: one new tenant's CSV line per call, built on the worker."""
import itertools

import exports
from jobq import worker

_tenants = itertools.count(1)


def scenario():
    n = next(_tenants)
    exports.csv_job_for(f"tenant-{n}").delay([n, n * 2, n % 7])
    return worker.drain()
