"""HTTP retries: each request creates a never-ending backoff generator whose default list logs every delay, and takes three delays."""
import itertools


def backoff(base, delays=[]):  # expect: HL101 confirmed
    delay = base
    while True:
        delays.append(delay)
        yield delay
        delay = min(delay * 2, 30.0)


def retry_plan(request_id):
    return [(request_id, d) for _, d in zip(range(3), backoff(0.1 + request_id % 5 / 10))]


_requests = itertools.count()


def scenario():
    return retry_plan(next(_requests))
