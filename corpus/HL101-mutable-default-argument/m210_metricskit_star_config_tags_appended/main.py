"""Job worker: report one timing metric per finished job."""
import itertools

import metricskit

_ids = itertools.count()


def scenario():
    n = next(_ids)
    worker = f"worker-{n}"
    line = metricskit.emit("jobs.duration_ms", 3 + n % 40, source=worker)
    return len(line)
