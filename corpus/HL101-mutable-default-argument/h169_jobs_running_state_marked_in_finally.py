"""Job runner: each job id is marked "started" in a `running` dict default
while its steps run; a failing step (ArithmeticError) turns into a None
result. The finally clause overwrites the entry with "finished" instead of
removing it, so the id of every job ever run stays in the shared dict."""
import itertools

_jobs = itertools.count()


def run_job(job_id, steps, running={}):  # expect: HL101 confirmed
    running[job_id] = "started"
    try:
        total = 0
        for step in steps:
            total += step(job_id)
        return total
    except ArithmeticError:
        return None
    finally:
        running[job_id] = "finished"


def scenario():
    n = next(_jobs)
    job_id = "job-%06d" % n
    ok = run_job(job_id, [len, lambda j: int(j[-3:])])
    failed = run_job(job_id + "-retry", [len, lambda j: 1 // (n - n)])
    return ok, failed
