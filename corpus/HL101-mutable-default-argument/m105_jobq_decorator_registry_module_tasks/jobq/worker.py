"""Worker: run the queued jobs in order and hand back their results."""
from . import broker


def drain():
    results = []
    while broker.queue:
        job, args = broker.queue.popleft()
        try:
            results.append((job.name, job(*args)))
        except Exception as exc:
            results.append((job.name, exc))
    return results
