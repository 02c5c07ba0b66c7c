"""Checkout endpoint: each request prices one cart and returns its step timings."""
import itertools

import checkout

_carts = itertools.count()


def scenario():
    n = next(_carts)
    cart = {"id": f"cart-{n}", "lines": [(1250, 1 + n % 3), (399, 2), (n % 50, 1)], "region": "EU"}
    return checkout.checkout(cart)
