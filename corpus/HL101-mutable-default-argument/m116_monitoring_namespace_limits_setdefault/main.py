"""Latency monitor: one request sample per call, checked against its endpoint's limit.

monitoring/ and monitoring/checks/ are namespace packages (no __init__.py).
"""
import itertools

from monitoring.checks import latency

_requests = itertools.count()


def scenario():
    n = next(_requests)
    sample = {"endpoint": f"/api/orders/{n}", "ms": 120 + n % 300}
    return latency.check(sample)["slow"]
