"""Latency monitor: response times are bucketed into 10 ms bins by a shared
Histogram instance used as a default. New bins are opened only while fewer
than MAX_BUCKETS (16) exist, but each bin keeps a list of every (route,
ms) sample, so the cap bounds the bins and not the samples inside them."""
import itertools

_ids = itertools.count()


class Histogram:
    MAX_BUCKETS = 16

    def __init__(self):
        self.buckets = {}

    def add(self, route, ms):
        key = int(ms // 10) * 10
        if key in self.buckets or len(self.buckets) < self.MAX_BUCKETS:
            self.buckets.setdefault(key, []).append((route, ms))


def observe(route, ms, hist=Histogram()):  # expect: HL101 confirmed
    hist.add(route, ms)
    return route


def scenario():
    n = next(_ids)
    return observe(f"/orders/{n}", (n * 37) % 240 + 0.5)
