"""Checkout: each order is charged through the payment gateway, which writes
an audit line for every charge."""
import itertools

from payments import charge, trail_for

_orders = itertools.count()


def scenario():
    n = next(_orders)
    receipt = charge(f"order-{n}", 1999 + n)
    return receipt, trail_for("charge")[-1]
