"""Metrics middleware: response times are grouped in a default defaultdict keyed by the concrete request path."""
import collections
import itertools


def observe(path, status, elapsed_ms, _timings=collections.defaultdict(list)):  # expect: HL101 confirmed
    bucket = _timings[path]
    bucket.append(elapsed_ms)
    if len(bucket) > 32:
        del bucket[0]
    return status, sum(bucket) / len(bucket)


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return observe(f"/users/{n}/profile", 200 + n % 3, n % 250)
