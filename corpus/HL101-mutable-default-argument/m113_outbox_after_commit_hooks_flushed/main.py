"""Checkout service: one order per call; the order commits and its hooks run."""
import itertools

import orders

_orders = itertools.count(1)


def scenario():
    n = next(_orders)
    items = [f"item-{n % 7}", f"item-{n % 11}"]
    return orders.checkout(n, items, commit=True)
