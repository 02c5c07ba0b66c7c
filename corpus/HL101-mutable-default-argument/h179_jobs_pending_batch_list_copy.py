"""Job scheduler: pending() returns the pending-jobs list (the default list)
and schedule() takes list(...) of what it got back before appending the new
job and listing the queued ids, so the default list itself stays empty."""
import itertools

_ids = itertools.count()


def pending(jobs=[]):  # expect: HL101 refuted
    return jobs


def schedule(job_id):
    batch = list(pending())
    batch.append({"id": f"job-{job_id:08d}", "state": "queued"})
    return [job["id"] for job in batch[-3:] if job["state"] == "queued"]


def scenario():
    n = next(_ids)
    return len(schedule(n))
