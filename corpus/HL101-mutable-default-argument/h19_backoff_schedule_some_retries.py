"""Retry scheduler: each failed attempt so far gets a backoff entry in the schedule."""
import itertools


def plan_retries(job_id, failures, schedule=[]):  # expect: HL101 confirmed
    delay = 0.5
    for attempt in range(failures):
        schedule.append((job_id, attempt, delay))
        delay = min(delay * 2, 30.0)
    return delay


_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    return plan_retries(f"job-{n}", n % 3)
