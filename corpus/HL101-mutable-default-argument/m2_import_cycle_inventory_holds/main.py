"""Checkout: each order is placed through orders.place_order (orders <-> inventory import cycle)."""
import itertools

from orders import place_order

_orders = itertools.count()


def scenario():
    n = next(_orders)
    return place_order(n, [("SKU-1", 1 + n % 3), ("SKU-2", 1)])["reserved"]
