"""Webhook sender: each delivery gets a retry schedule from client.schedule."""
import itertools

from client import describe, schedule

_deliveries = itertools.count()


def scenario():
    n = next(_deliveries)
    plan = schedule(f"https://hooks.example.net/d/{n}", idempotent=n % 4 != 0)
    return describe(plan)
