"""Streaming statistics: RunningStats keeps the observed samples so median()
can be answered exactly, and its constructor accepts earlier samples to seed
it. The seed is copied into a list of the instance's own, so the default list
is only read and each request's samples go away with its accumulator."""
import itertools
import math

_batches = itertools.count()


class RunningStats:
    def __init__(self, samples=[]):  # expect: HL101 refuted
        self.samples = list(samples)
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
