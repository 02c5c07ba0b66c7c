"""Tracing: every call with the default clock logs (span, clock) pairs in a module-level list."""
import itertools

_SPAN_LOG = []


class TickClock:
    def __init__(self):
        self.ticks = 0

    def now(self, span):
        self.ticks += 1
        _SPAN_LOG.append((span, self))
        return self.ticks


def start_span(name, clock=TickClock()):  # expect: HL101 confirmed
    return {"name": name, "started": clock.now(name)}


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return start_span(f"GET /items/{n}")
