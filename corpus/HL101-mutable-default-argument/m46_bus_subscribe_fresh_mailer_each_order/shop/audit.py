"""Audit trail of paid orders (most recent only)."""
import collections

from bus import subscribe

RECENT = collections.deque(maxlen=50)


def record_paid(order):
    RECENT.append((order["id"], order["total"]))
    return order["id"]


def last():
    return RECENT[-1] if RECENT else None


subscribe("order.paid", record_paid)
