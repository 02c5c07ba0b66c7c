"""Job runner: run_job() retries a job on the error names listed in its
retry_on default. Queue plugins derive their effective retry policy from the
runner's declared defaults via inspect.getfullargspec(), so the help page and
the policy always agree, then add the queue's own overflow error."""
import inspect
import itertools

_jobs = itertools.count()


def run_job(name, attempt, retry_on=["TimeoutError", "ConnectionResetError"]):  # expect: HL101 refuted
    return {"job": name, "attempt": attempt, "retry_on": len(retry_on)}


def effective_policy(queue):
    spec = inspect.getfullargspec(run_job)
    retry_on = spec.defaults[-1]
    retry_on = retry_on + [f"{queue}.QueueFullError"]
    return {"queue": queue, "retry_on": retry_on, "args": spec.args}


def scenario():
    n = next(_jobs)
    policy = effective_policy(f"reports-{n}")
    return run_job(f"rollup-{n}", 1), policy["retry_on"][-1]
