"""Batch worker: runs one import job per call, logging each step."""
import itertools

from worker.pipeline import run_import

_batches = itertools.count()


def scenario():
    n = next(_batches)
    return run_import(f"batch-{n}", [f"row-{n}-a", f"row-{n}-b"])
