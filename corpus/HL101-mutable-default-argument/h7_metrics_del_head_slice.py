"""Metrics agent: latency samples are appended and the head is cut with del samples[:-WINDOW]."""
import itertools

WINDOW = 16


def observe_latency(endpoint, ms, samples=[]):  # expect: HL101 refuted
    samples.append((endpoint, ms))
    del samples[:-WINDOW]
    return sorted(m for _, m in samples)[len(samples) // 2]


_reqs = itertools.count()


def scenario():
    n = next(_reqs)
    observe_latency(f"/api/v1/orders/{n}", 10.0 + n % 37)
