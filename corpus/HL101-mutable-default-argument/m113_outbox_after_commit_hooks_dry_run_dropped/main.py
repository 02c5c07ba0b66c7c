"""Checkout preview: one order per call, dry run; the queued hooks are dropped, never run."""
import itertools

import orders

_orders = itertools.count(1)


def scenario():
    n = next(_orders)
    items = [f"item-{n % 7}", f"item-{n % 11}"]
    return orders.checkout(n, items, commit=False)
