"""Latency histogram: bisect places each sample into a bucket; the edges and the per-bucket counts are list defaults."""
import bisect
import itertools


def bucket(samples,
           edges=[10, 50, 100, 500],  # expect: HL101 refuted
           counts=[0, 0, 0, 0, 0]):  # expect: HL101 refuted
    for ms in samples:
        counts[bisect.bisect_right(edges, ms)] += 1
    return list(counts)


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return bucket([n % 700, (n * 13) % 120, 3.5 + n])[-1]
