"""Audit trail for order events; keeps only the most recent entries."""
import collections

TRAIL = collections.deque(maxlen=32)


def record(order, source="web"):
    TRAIL.append((source, order["id"], order["total"]))
    return order["id"]


def recent(limit=10):
    return list(TRAIL)[-limit:]
