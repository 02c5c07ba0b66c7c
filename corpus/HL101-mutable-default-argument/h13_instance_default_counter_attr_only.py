"""Retry policy: the default policy object only counts attempts in an int attribute, so it never grows."""
import itertools


class _Policy:
    def __init__(self, attempts):
        self.attempts = attempts
        self.used = 0

    def next_delay(self, n):
        self.used += 1
        return min(2 ** n, 60) if n < self.attempts else None


def retry_delays(job, policy=_Policy(attempts=3)):  # expect: HL101 refuted
    delays = []
    for n in range(5):
        delay = policy.next_delay(n)
        if delay is None:
            break
        delays.append(delay)
    return job, delays


_jobs = itertools.count()


def scenario():
    return retry_delays(f"job-{next(_jobs)}")
