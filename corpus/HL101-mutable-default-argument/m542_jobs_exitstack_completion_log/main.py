"""Job worker: runs one queued export job per call."""
import itertools

from jobs.runner import run_job

_jobs = itertools.count()


def _fetch(job_id):
    return len(job_id)


def _render(job_id):
    return job_id.count("-") + 1


def scenario():
    n = next(_jobs)
    return run_job(f"export-{n}", [_fetch, _render])
