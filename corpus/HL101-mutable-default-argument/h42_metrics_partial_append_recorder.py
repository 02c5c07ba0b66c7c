"""Metrics: a middleware builds a timing recorder for each request's route.

`recorder_for()` keeps one sample list per route in a default dict (routes come
from a fixed table, so the keys are bounded) and hands out
`functools.partial(bucket.append)` as the recording callable. The samples
themselves are never trimmed or flushed, so each route's list grows by one
`(elapsed, status)` sample per request.
"""
import collections
import functools
import itertools
import statistics

Recorder = collections.namedtuple("Recorder", "record summary")

ROUTES = ("/api/orders", "/api/orders/{id}", "/api/cart", "/healthz")


def _summary(route, samples):
    if not samples:
        return {"route": route, "count": 0}
    ordered = sorted(elapsed for elapsed, _status in samples)
    errors = sum(1 for _elapsed, status in samples if status >= 500)
    return {
        "route": route,
        "count": len(ordered),
        "p50": statistics.median(ordered),
        "max": ordered[-1],
        "error_rate": errors / len(ordered),
    }


def recorder_for(route, _buckets={}):  # expect: HL101 confirmed
    bucket = _buckets.setdefault(route, [])
    return Recorder(functools.partial(bucket.append), functools.partial(_summary, route, bucket))


class TimingMiddleware:
    def __init__(self, app, clock):
        self.app = app
        self.clock = clock

    def __call__(self, route, request):
        recorder = recorder_for(route)
        started = self.clock()
        status = 500
        try:
            status, body = self.app(route, request)
            return status, body
        finally:
            recorder.record((round(self.clock() - started, 6), status))


class FakeClock:
    """Deterministic monotonic clock: each reading advances by a fixed step."""

    def __init__(self, step):
        self.now = 0.0
        self.step = step

    def __call__(self):
        self.now += self.step
        return self.now


def app(route, request):
    return 200, {"route": route, "user": request["user"]}


_middleware = TimingMiddleware(app, FakeClock(0.00125))
_seq = itertools.count()


def scenario():
    n = next(_seq)
    route = ROUTES[n % len(ROUTES)]
    status, _ = _middleware(route, {"user": f"u{n}"})
    if n % 50 == 0:
        recorder_for("/healthz").summary()
    return status
