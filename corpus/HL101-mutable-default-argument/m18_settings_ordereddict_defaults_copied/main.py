"""Checkout API: each request prices one order with per-request options."""
import itertools

from services.checkout import checkout

_orders = itertools.count()


def scenario():
    n = next(_orders)
    summary = checkout(f"ord-{n:06d}", total=1999 + n)
    return len(summary)
