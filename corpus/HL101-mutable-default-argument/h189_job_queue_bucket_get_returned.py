"""Job queue: bucket_for() returns the pending-job list for a queue name
from its default registry dict, falling back to a fresh list with get().
The submitter appends each job to the returned bucket, but get() never
stores the fresh list, so nothing is kept by the default registry."""
import itertools


def bucket_for(queue, registry={}):  # expect: HL101 refuted
    return registry.get(queue, [])


def submit(queue, job_id, payload):
    bucket = bucket_for(queue)
    bucket.append((job_id, payload))
    return len(bucket)


_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    return submit(f"queue-{n % 4}", f"job-{n:08d}", {"user": f"u{n}", "op": "resize"})
