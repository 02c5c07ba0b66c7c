"""Worker: each job logs a warning and, for failed jobs, an error, through the applog partials."""
import itertools

import applog

_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    applog.warning(f"job {n} retried {n % 3} times")
    if n % 4 == 0:
        applog.error(f"job {n} failed: timeout after {n % 60}s")
    return n
