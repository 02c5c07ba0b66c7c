"""Job queue: bucket_for() returns the pending-job list for a queue name
from its default registry dict, creating it with setdefault(). The
submitter appends each job to the returned bucket; every job lands in a
list kept by the shared default registry."""
import itertools


def bucket_for(queue, registry={}):  # expect: HL101 confirmed
    return registry.setdefault(queue, [])


def submit(queue, job_id, payload):
    bucket = bucket_for(queue)
    bucket.append((job_id, payload))
    return len(bucket)


_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    return submit(f"queue-{n % 4}", f"job-{n:08d}", {"user": f"u{n}", "op": "resize"})
