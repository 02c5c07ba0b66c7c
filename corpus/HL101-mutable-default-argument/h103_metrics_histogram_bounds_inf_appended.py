"""Latency histogram, Prometheus style: observations are counted into
buckets found with bisect over a default list of upper bounds. The
constructor closes the bounds with a +Inf bucket by appending to
`self.bounds`, which is the default list itself, so it grows per histogram."""
import bisect
import itertools

_requests = itertools.count()


class Histogram:
    def __init__(self, name, bounds=[0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0]):  # expect: HL101 confirmed
        self.name = name
        self.bounds = bounds
        self.bounds.append(float("inf"))
        self.counts = [0] * len(self.bounds)
        self.total = 0.0

    def observe(self, seconds):
        self.counts[bisect.bisect_left(self.bounds, seconds)] += 1
        self.total += seconds

    def exposition(self):
        running, lines = 0, []
        for bound, count in zip(self.bounds, self.counts):
            running += count
            lines.append('%s_bucket{le="%g"} %d' % (self.name, bound, running))
        lines.append("%s_sum %.6f" % (self.name, self.total))
        return lines


def scenario():
    n = next(_requests)
    hist = Histogram("handler_%d_seconds" % (n % 7))
    for i in range(4):
        hist.observe((n * 37 + i * 101) % 1500 / 1000.0)
    return hist.exposition()[-2:]
