"""Metrics: a request-scoped collector batches samples into a shared outbox and exports full batches.

`RequestMetrics` keeps its own samples in `field(default_factory=list)` (one
list per instance). `flush()` extends a default `_outbox` list shared by all
requests, but hands a copy to the exporter and clears it once eight samples
are waiting, so the outbox never holds more than one batch. The latency
window is a default `deque(maxlen=32)`.
"""
import collections
import itertools
from dataclasses import dataclass, field


class Exporter:
    """Aggregates exported samples per metric name (a fixed set)."""

    def __init__(self):
        self.totals = collections.Counter()
        self.batches = 0

    def export(self, batch):
        self.batches += 1
        for _route, name, value in batch:
            self.totals[name] += value


@dataclass
class RequestMetrics:
    route: str
    samples: list = field(default_factory=list)
    tags: dict = field(default_factory=dict)

    def observe(self, name, value):
        self.samples.append((name, value))

    def flush(self, exporter, _outbox=[]):  # expect: HL101 refuted
        _outbox.extend((self.route, name, value) for name, value in self.samples)
        self.samples.clear()
        if len(_outbox) >= 8:
            exporter.export(list(_outbox))
            _outbox.clear()
        return len(_outbox)

    def track_latency(self, ms, _window=collections.deque(maxlen=32)):  # expect: HL101 refuted
        _window.append(ms)
        self.tags["latency_avg"] = round(sum(_window) / len(_window), 2)
        return self.tags["latency_avg"]


EXPORTER = Exporter()
_seq = itertools.count()


def scenario():
    n = next(_seq)
    metrics = RequestMetrics(route="/api/items/{id}", tags={"region": "eu", "item": n})
    metrics.observe("db_queries", 2 + n % 3)
    metrics.observe("cache_hits", n % 5)
    metrics.observe("bytes_out", 512 + n)
    metrics.track_latency(10.0 + (n % 7) * 1.5)
    return metrics.flush(EXPORTER)
