import math

from ._memo import memoize

__all__ = ["mean", "stdev", "critical_value", "interval"]


def mean(sample):
    return math.fsum(sample) / len(sample)


def stdev(sample):
    m = mean(sample)
    return math.sqrt(math.fsum((x - m) ** 2 for x in sample) / (len(sample) - 1))


@memoize
def critical_value(confidence):
    """Two-sided normal critical value, by bisection on erf."""
    lo, hi = 0.0, 10.0
    for _ in range(50):
        mid = (lo + hi) / 2
        if math.erf(mid / math.sqrt(2)) < confidence:
            lo = mid
        else:
            hi = mid
    return hi


def interval(sample, confidence=0.95):
    half = critical_value(confidence) * stdev(sample) / math.sqrt(len(sample))
    return mean(sample) - half, mean(sample) + half
