"""Retry helper: `backoff()` is an endless generator of exponential delays
with per-job jitter, and `plan()` pulls the first few delays with next() to
schedule a job's retries. Every delay handed out is appended to the delays
list of the RetryStats instance built once as the default, so each planned
job leaves its (job, delay) pairs behind in the shared stats object."""
import itertools
import random

_jobs = itertools.count()


class RetryStats:
    def __init__(self):
        self.delays = []
        self.last = None


def backoff(job, base=0.5, cap=30.0, stats=RetryStats()):  # expect: HL101 confirmed
    rng = random.Random(job)
    attempt = 0
    while True:
        delay = min(cap, base * 2 ** attempt) + rng.random() / 10
        stats.delays.append((job, round(delay, 3)))
        attempt += 1
        yield delay


def plan(job, tries=4):
    gen = backoff(job)
    return [round(next(gen), 3) for _ in range(tries)]


def scenario():
    return plan("job-%d" % next(_jobs))
