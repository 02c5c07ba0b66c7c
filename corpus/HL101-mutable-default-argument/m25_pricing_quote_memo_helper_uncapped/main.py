"""Checkout: every cart line gets a quote from the pricing service."""
import itertools

from pricing.service import quote

_lines = itertools.count()


def scenario():
    n = next(_lines)
    return quote(f"SKU-{n:06d}", n % 5 + 1)
