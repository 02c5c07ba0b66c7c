"""Streaming statistics: RunningStats keeps the observed samples so median()
can be answered exactly, and its constructor accepts earlier samples to seed
it. Each request builds its own accumulator without a seed, so every instance
stores its samples in the one default list, which keeps all of them."""
import itertools
import math

_batches = itertools.count()


class RunningStats:
    def __init__(self, samples=[]):  # expect: HL101 confirmed
        self.samples = samples
        self.total = float(sum(samples))

    def push(self, x):
        self.samples.append(x)
        self.total += x

    @property
    def mean(self):
        return self.total / len(self.samples) if self.samples else math.nan

    def median(self):
        ordered = sorted(self.samples)
        mid = len(ordered) // 2
        return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def scenario():
    n = next(_batches)
    stats = RunningStats()
    for i in range(5):
        stats.push(n * 0.25 + i * 1.5)
    return "mean={:.3f} median={:.3f}".format(stats.mean, stats.median())
