"""Retry helper with exponential backoff and jitter; the wait is delegated so callers can plug in their own clock."""
import collections
import itertools
import random


class TransientError(Exception):
    pass


def call_with_retry(func, *args, attempts=4, base=0.2, cap=5.0, sleep=None,
                    attempt_log=collections.deque(maxlen=16)):  # expect: HL101 refuted
    rng = random.Random(func.__name__)
    for attempt in range(1, attempts + 1):
        try:
            return func(*args)
        except TransientError as exc:
            if attempt == attempts:
                raise
            delay = min(cap, base * 2 ** attempt) * (0.5 + rng.random() / 2)
            attempt_log.append((func.__name__, attempt, str(exc), round(delay, 3)))
            if sleep is not None:
                sleep(delay)


def flaky_fetch(key, failures):
    if next(failures) > 0:
        raise TransientError(f"timeout fetching {key}")
    return {"key": key, "value": len(key)}


_requests = itertools.count()


def scenario():
    n = next(_requests)
    failures = iter([1, 1, 0])
    waits = []
    return call_with_retry(flaky_fetch, f"user:{n}", failures, sleep=waits.append)
