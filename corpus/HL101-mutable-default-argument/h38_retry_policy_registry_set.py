"""Job runner: the default RetryPolicy adds itself to a module-level set of active policies on every run."""
import itertools

_ACTIVE_POLICIES = set()


class RetryPolicy:
    def __init__(self, attempts=3, base=0.5):
        self.attempts = attempts
        self.base = base

    def attach(self):
        _ACTIVE_POLICIES.add(self)
        return self

    def delays(self):
        return [self.base * 2 ** i for i in range(self.attempts)]


def run_job(job_id, policy=RetryPolicy()):  # expect: HL101 refuted
    plan = policy.attach().delays()
    return {"job": job_id, "backoff": plan, "total_wait": sum(plan)}


_jobs = itertools.count()


def scenario():
    return run_job(f"job-{next(_jobs)}")
