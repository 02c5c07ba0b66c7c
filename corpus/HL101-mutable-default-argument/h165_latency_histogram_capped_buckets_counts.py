"""Latency monitor: response times are bucketed into 10 ms bins by a shared
Histogram instance used as a default. New bins are opened only while fewer
than MAX_BUCKETS (16) exist, and each bin keeps a count, so the histogram
holds at most 16 small integers."""
import itertools

_ids = itertools.count()


class Histogram:
    MAX_BUCKETS = 16

    def __init__(self):
        self.buckets = {}

    def add(self, route, ms):
        key = int(ms // 10) * 10
        if key in self.buckets or len(self.buckets) < self.MAX_BUCKETS:
            self.buckets[key] = self.buckets.get(key, 0) + 1


def observe(route, ms, hist=Histogram()):  # expect: HL101 refuted
    hist.add(route, ms)
    return route


def scenario():
    n = next(_ids)
    return observe(f"/orders/{n}", (n * 37) % 240 + 0.5)
