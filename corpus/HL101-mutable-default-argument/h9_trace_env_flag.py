"""Service: each handled job is traced into a list default, but only when APP_TRACE_JOBS is set in the environment."""
import itertools
import os


def run_job(job, trace=[]):  # expect: HL101 unknown
    result = job["x"] * 2
    if os.environ.get("APP_TRACE_JOBS"):
        trace.append((job["id"], result))
    return result


_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    return run_job({"id": f"job-{n}", "x": n})
