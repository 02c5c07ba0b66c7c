"""Webhook endpoint: each request registers an audit callback, then emits."""
import itertools

from app import handle_order

_requests = itertools.count()


def scenario():
    n = next(_requests)
    return handle_order({"order": "ORD-%06d" % n, "total": n % 90 + 10})
