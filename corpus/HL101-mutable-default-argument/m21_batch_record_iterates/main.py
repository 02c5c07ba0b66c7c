"""Nightly batch: each job runs its checksum step."""
import itertools

from batch import run_step

_jobs = itertools.count()


def checksum_job(n):
    payload = bytes(range(n % 256))
    return run_step(f"job-{n}", "checksum", lambda: sum(payload) % 65521)


def scenario():
    return checksum_job(next(_jobs))
