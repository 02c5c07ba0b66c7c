"""Job-queue CLI: each call submits a fresh job and cancels it.

Parser() is built without defaults, and parse_args() writes into
self.defaults (the shared default dict), so the "args" list keeps every job id.
"""
import itertools

import jobq

_jobs = itertools.count()


def scenario():
    job = f"job-{next(_jobs)}"
    return jobq.run("submit", ["--queue=fast", job]), jobq.run("cancel", [job])
