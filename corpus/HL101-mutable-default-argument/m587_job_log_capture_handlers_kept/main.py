"""Batch worker: runs one import job per call, each with its own log capture."""
import itertools

from jobs import runner

_ids = itertools.count()


def scenario():
    n = next(_ids)
    job = {"id": "job-%05d" % n, "rows": [n, n + 1, -1 if n % 3 == 0 else n + 2]}
    return runner.run_job(job)
