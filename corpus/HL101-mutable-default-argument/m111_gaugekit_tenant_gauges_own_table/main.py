"""Tenant onboarding: a fresh tenant gets its queue and seat gauges."""
import itertools

import gaugekit
import process_gauges

_tenants = itertools.count(1)


def scenario():
    n = next(_tenants)
    metrics = gaugekit.TenantMetrics(f"t{n}")
    queue = [n] * (n % 5)
    metrics.gauge("queue_depth", lambda: len(queue))
    metrics.gauge("seats", lambda: n % 40 + 1)
    return metrics.snapshot(), process_gauges.snapshot()["process.pid"] > 0
