"""Ingest API: one batch of click events per call, run through the pipeline."""
import itertools

from ingest import run_pipeline

_batches = itertools.count()


def scenario():
    n = next(_batches)
    events = [{"id": "ev-%d-%d" % (n, i), "source": ("web", "ios", "android")[i % 3], "ms": n + i} for i in range(4)]
    events.append(dict(events[0]))
    return run_pipeline(events)
