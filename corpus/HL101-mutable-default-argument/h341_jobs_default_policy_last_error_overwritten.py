"""Job runner: every Job gets a RetryPolicy, by default the one built in the
signature; a failed run overwrites the policy's last error and backs off."""
import itertools

_jobs = itertools.count()


class RetryPolicy:
    def __init__(self, attempts=3, backoff=0.5):
        self.attempts = attempts
        self.backoff = backoff
        self.errors = []
        self.last_error = None

    def delay(self, attempt):
        return self.backoff * 2 ** attempt


class Job:
    def __init__(self, name, policy=RetryPolicy()):  # expect: HL101 refuted
        self.name = name
        self.policy = policy

    def run(self, task):
        try:
            return task()
        except ValueError as exc:
            self.policy.last_error = f"{self.name}: {exc}"
            return self.policy.delay(1)


def scenario():
    n = next(_jobs)
    job = Job(f"import-{n}")
    return job.run(lambda: int(f"row{n}"))
