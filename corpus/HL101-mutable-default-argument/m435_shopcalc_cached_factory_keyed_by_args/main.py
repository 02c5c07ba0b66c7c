"""Storefront: one price quote for a new basket per call."""
import itertools

from shopcalc import checkout

_ids = itertools.count()


def scenario():
    n = next(_ids)
    basket = [(f"SKU-{n:05d}", 1 + n % 3), (f"SKU-{n + 1:05d}", 2)]
    return checkout.quote(basket, zone=f"Z{n % 5}")
