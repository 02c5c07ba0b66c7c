"""Running statistics for a sensor gateway: each probe gets a `SensorStats`
whose `samples` list feeds the median. The constructor keeps the list it is
given, and `push()` appends to it, so every probe created without seed samples
appends into the one default list, which outlives all of them."""
import itertools
import statistics


class SensorStats:
    def __init__(self, name, samples=[]):  # expect: HL101 confirmed
        self.name = name
        self.samples = samples
        self.total = sum(samples)

    def push(self, value):
        self.samples.append(value)
        self.total += value

    @property
    def mean(self):
        return self.total / len(self.samples) if self.samples else 0.0

    @property
    def median(self):
        return statistics.median(self.samples) if self.samples else 0.0


_seq = itertools.count()


def scenario():
    n = next(_seq)
    stats = SensorStats(f"probe-{n}")
    for i in range(4):
        stats.push(20.0 + ((n + i) % 9) * 0.25)
    return f"{stats.name}: mean={stats.mean:.2f} median={stats.median:.2f}"
