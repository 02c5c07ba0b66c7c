"""Metrics: per-request phase timings are kept in a compact array.array default for percentile reports."""
import itertools
from array import array


def record_timings(phases, samples=array("d")):  # expect: HL101 confirmed
    samples.extend(phases)
    ordered = sorted(samples)
    return ordered[len(ordered) // 2]


def handle(request_id):
    base = request_id * 0.25
    return record_timings((base + 1.0, base + 2.5, base + 4.0, base + 7.5))


_requests = itertools.count()


def scenario():
    return handle(next(_requests))
