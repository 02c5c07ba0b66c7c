"""Notification API: one 'order shipped' notice per call, to a new customer."""
import itertools

from notify.api import handlers

_ids = itertools.count()


def scenario():
    n = next(_ids)
    payload = {"to": f"customer{n}@example.com", "order": f"ORD-{n:06d}"}
    return handlers.post_shipped(payload)
