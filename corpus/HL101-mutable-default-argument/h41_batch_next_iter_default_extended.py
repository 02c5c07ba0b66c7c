"""Work queue: first_batch() returns next(iter(batches), default) with its default list; when no batch is ready the caller extends the returned (shared) list with the new job."""
import itertools


def first_batch(batches, default=[]):  # expect: HL101 confirmed
    return next(iter(batches), default)


def enqueue(ready_batches, job):
    batch = first_batch(ready_batches)
    batch.extend([job])
    return len(batch)


_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    ready = [[f"warm-{n}"]] if n % 3 == 0 else []
    return enqueue(ready, {"id": n, "task": f"resize:{n}"})
