"""Job runner API: one scheduled job per call, run with the default options."""
import itertools

from jobs import run_job

_jobs = itertools.count(1)


def scenario():
    n = next(_jobs)
    return run_job(f"nightly-export-{n}", attempt=n % 3)
