"""Worker: jobs are queued on a default deque and drained with while queue: in the same call."""
import collections
import itertools


def run_jobs(jobs, queue=collections.deque()):  # expect: HL101 refuted
    queue.extend(jobs)
    results = []
    while queue:
        job = queue.popleft()
        if job.get("retry") and not job.get("retried"):
            queue.append(dict(job, retried=True))
            continue
        results.append((job["id"], job["kind"].upper()))
    return results


_batches = itertools.count()


def scenario():
    n = next(_batches)
    run_jobs([{"id": n, "kind": "email"}, {"id": n + 1, "kind": "sms", "retry": True}])
