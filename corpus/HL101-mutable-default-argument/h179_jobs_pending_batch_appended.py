"""Job scheduler: pending() returns the pending-jobs list (the default list)
and schedule() appends the new job to the batch it got back before listing
the queued ids. Nothing ever removes jobs, so the default grows per job."""
import itertools

_ids = itertools.count()


def pending(jobs=[]):  # expect: HL101 confirmed
    return jobs


def schedule(job_id):
    batch = pending()
    batch.append({"id": f"job-{job_id:08d}", "state": "queued"})
    return [job["id"] for job in batch[-3:] if job["state"] == "queued"]


def scenario():
    n = next(_ids)
    return len(schedule(n))
