"""Checkout: one price quote per call, for a fresh basket line in one of three regions."""
import itertools

from pricing import price_quote

_lines = itertools.count()
_REGIONS = ("eu", "uk", "us")


def scenario():
    n = next(_lines)
    return price_quote(f"SKU-{n}", 1 + n % 4, _REGIONS[n % 3])
