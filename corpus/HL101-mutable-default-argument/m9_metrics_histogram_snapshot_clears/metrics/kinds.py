"""Collector kinds: a running counter and a bucketed histogram."""
from .base import Collector


class Counter(Collector):
    def __init__(self, name):
        super().__init__(name, samples=[0])

    def observe(self, value):
        self.samples[0] += value

    def total(self):
        return self.samples[0]


class Histogram(Collector):
    def __init__(self, name, buckets=(10, 50, 100)):
        super().__init__(name)
        self.buckets = buckets

    def snapshot(self):
        counts = [sum(1 for s in self.samples if s <= bound) for bound in self.buckets]
        self.samples.clear()
        return dict(zip(self.buckets, counts))
