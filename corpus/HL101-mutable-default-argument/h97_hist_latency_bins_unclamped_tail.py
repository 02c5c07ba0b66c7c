"""Request timer histogram: latencies are binned to the nearest 0.5 ms in a
default `Counter`, and `percentile()` walks the bins in sorted order. The slow
tail is not clamped, so every slow request with a new duration opens a new
float bin that stays in the default counter for good."""
import itertools
from collections import Counter

BIN_MS = 0.5


def observe(latency_ms, bins=Counter()):  # expect: HL101 confirmed
    bins[round(latency_ms / BIN_MS) * BIN_MS] += 1
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
