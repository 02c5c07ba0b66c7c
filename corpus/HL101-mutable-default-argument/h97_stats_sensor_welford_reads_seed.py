"""Running statistics for a sensor gateway, Welford style: `SensorStats`
folds optional seed samples into count/mean/M2 and keeps no list at all, so
the default `seed` list is only iterated, never stored or grown."""
import itertools
import math


class SensorStats:
    def __init__(self, name, seed=[]):  # expect: HL101 refuted
        self.name = name
        self.count = 0
        self.mean = 0.0
        self._m2 = 0.0
        for value in seed:
            self.push(value)

    def push(self, value):
        self.count += 1
        delta = value - self.mean
        self.mean += delta / self.count
        self._m2 += delta * (value - self.mean)

    @property
    def stdev(self):
        return math.sqrt(self._m2 / (self.count - 1)) if self.count > 1 else 0.0


_seq = itertools.count()


def scenario():
    n = next(_seq)
    stats = SensorStats(f"probe-{n}")
    for i in range(4):
        stats.push(20.0 + ((n + i) % 9) * 0.25)
    return f"{stats.name}: mean={stats.mean:.2f} sd={stats.stdev:.2f}"
