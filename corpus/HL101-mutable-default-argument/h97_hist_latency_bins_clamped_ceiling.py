"""Request timer histogram: latencies are binned to the nearest 0.5 ms in a
default `Counter`, and `percentile()` walks the bins in sorted order. Slow
requests are clamped to a 60 ms overflow bin first, so the counter holds a
fixed set of float keys whose counts go up."""
import itertools
from collections import Counter

BIN_MS = 0.5
CEILING_MS = 60.0


def observe(latency_ms, bins=Counter()):  # expect: HL101 refuted
    bins[round(min(latency_ms, CEILING_MS) / BIN_MS) * BIN_MS] += 1
    return bins


def percentile(bins, q):
    total = sum(bins.values())
    seen = 0
    for edge in sorted(bins):
        seen += bins[edge]
        if seen >= q * total:
            return edge
    return max(bins, default=0.0)


_seq = itertools.count()


def scenario():
    n = next(_seq)
    for i in range(3):
        bins = observe(2.0 + (n % 7) * 0.3 + i * 0.1)
    bins = observe(40.0 + n * 1.5)  # one slow request per batch
    return percentile(bins, 0.5), percentile(bins, 0.99)
