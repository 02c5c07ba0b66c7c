"""Request tracing: `trace` records each finished span in a registry, and the
registry keeps its spans in a store object it creates. The store holds every
span in a ring of the last 20, for the debug page."""
import itertools
from collections import deque

_ids = itertools.count()


class SpanStore:
    def __init__(self):
        self.spans = deque(maxlen=20)

    def add(self, span):
        self.spans.append(span)

    def recent(self, count):
        return list(self.spans)[-count:]


class TraceRegistry:
    def __init__(self):
        self.store = SpanStore()

    def record(self, name, duration):
        self.store.add((name, round(duration, 3)))


def trace(name, duration, registry=TraceRegistry()):  # expect: HL101 refuted
    registry.record(name, duration)
    return registry.store.recent(5)


def scenario():
    n = next(_ids)
    return len(trace(f"GET /orders/{n}", n / 1000.0))
