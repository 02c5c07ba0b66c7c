"""Mail jobs: `retry` re-runs `deliver` on transient errors and forwards **kwargs untouched;
callers never pass `attempts`, so every attempt of every job lands in the shared default list."""
import functools
import itertools


class TransientError(Exception):
    pass


def retry(times=3, on=(TransientError,)):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for _ in range(times - 1):
                try:
                    return func(*args, **kwargs)
                except on:
                    pass
            return func(*args, **kwargs)
        return wrapper
    return decorate


def relay(outbox, message):
    if outbox["failures"]:
        outbox["failures"] -= 1
        raise TransientError("connection reset by relay")
    outbox["sent"].append(message["to"])


@retry(times=3)
def deliver(message, outbox, attempts=[]):  # expect: HL101 confirmed
    attempts.append(message["id"])
    relay(outbox, message)
    return attempts.count(message["id"])


_ids = itertools.count()


def scenario():
    n = next(_ids)
    outbox = {"failures": n % 3, "sent": []}
    return deliver({"id": f"msg-{n}", "to": f"user{n}@example.org"}, outbox), outbox["sent"]
