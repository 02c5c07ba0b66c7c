"""Batch worker: one import job per call, each with its own in-memory log."""
import itertools

from logkit import jobs

_ids = itertools.count()


def scenario():
    n = next(_ids)
    return jobs.run_import(f"job-{n}", rows=[f"row{n}-{i}" for i in range(3)])
