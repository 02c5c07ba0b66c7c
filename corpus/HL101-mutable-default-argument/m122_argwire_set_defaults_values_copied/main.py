"""Job-queue CLI: each call submits a fresh job and cancels it.

Parser() is built without defaults; set_defaults() only rewrites the "func"
key of the shared default dict, and parse_args() writes into a copy of it.
"""
import itertools

import jobq

_jobs = itertools.count()


def scenario():
    job = f"job-{next(_jobs)}"
    return jobq.run("submit", ["--queue=fast", job]), jobq.run("cancel", [job])
