"""Retry helper: `backoff()` is an endless generator of exponential delays
with per-job jitter, and `plan()` pulls the first few delays with next() to
schedule a job's retries. The RetryStats instance built once as the default
only has its `last` attribute rebound to the latest (job, delay) pair, so it
holds one pair at a time no matter how many jobs are planned."""
import itertools
import random

_jobs = itertools.count()


class RetryStats:
    def __init__(self):
        self.delays = []
        self.last = None


def backoff(job, base=0.5, cap=30.0, stats=RetryStats()):  # expect: HL101 refuted
    rng = random.Random(job)
    attempt = 0
    while True:
        delay = min(cap, base * 2 ** attempt) + rng.random() / 10
        stats.last = (job, round(delay, 3))
        attempt += 1
        yield delay


def plan(job, tries=4):
    gen = backoff(job)
    return [round(next(gen), 3) for _ in range(tries)]


def scenario():
    return plan("job-%d" % next(_jobs))
