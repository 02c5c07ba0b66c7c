"""Request timing: a _Stats instance is the default collector; every call appends its duration to the instance's list."""
import itertools


class _Stats:
    def __init__(self):
        self.durations = []

    def record(self, name, ms):
        self.durations.append((name, ms))


def timed(name, ms, stats=_Stats()):  # expect: HL101 confirmed
    stats.record(name, ms)
    return ms > 100


def handle(request_id):
    return timed(f"GET /orders/{request_id}", request_id % 250)


_requests = itertools.count()


def scenario():
    return handle(next(_requests))
