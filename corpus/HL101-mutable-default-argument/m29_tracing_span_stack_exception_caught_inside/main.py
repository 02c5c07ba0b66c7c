"""Checkout endpoint: each request charges one order; some cards are declined."""
import itertools

from payments.checkout import checkout

_orders = itertools.count()


def scenario():
    n = next(_orders)
    return checkout(f"ord-{n}", amount=100 + n)
