import itertools

from ingest import pipeline
from timers import clock

_ids = itertools.count()


def scenario():
    n = next(_ids)
    pipeline.collect(f"queue.depth.worker-{n}", n % 97)
    pipeline.collect("cpu.load", n / 10, delay=0.5)
    clock.run_due()
    return pipeline.SHIPPER.shipped
