"""Storefront: one checkout per customer session."""
import itertools

from shop.checkout import checkout

_sessions = itertools.count()


def scenario():
    n = next(_sessions)
    return checkout(f"customer-{n}", [(f"SKU-{n}", 2, 450), ("GIFTWRAP", 1, 300)])
