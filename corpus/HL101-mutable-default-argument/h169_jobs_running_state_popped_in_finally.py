"""Job runner: each job id is marked "started" in a `running` dict default
while its steps run; a failing step (ArithmeticError) turns into a None
result. The finally clause pops the entry on every path, the early
returns included, so the dict is empty between jobs."""
import itertools

_jobs = itertools.count()


def run_job(job_id, steps, running={}):  # expect: HL101 refuted
    running[job_id] = "started"
    try:
        total = 0
        for step in steps:
            total += step(job_id)
        return total
    except ArithmeticError:
        return None
    finally:
        running.pop(job_id, None)


def scenario():
    n = next(_jobs)
    job_id = "job-%06d" % n
    ok = run_job(job_id, [len, lambda j: int(j[-3:])])
    failed = run_job(job_id + "-retry", [len, lambda j: 1 // (n - n)])
    return ok, failed
