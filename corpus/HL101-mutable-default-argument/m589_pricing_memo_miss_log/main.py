"""Storefront: one price quote per call, for a SKU nobody asked about before."""
import itertools

from shop import pricing

_ids = itertools.count()


def scenario():
    n = next(_ids)
    return pricing.quote("SKU-%06d" % n, n % 5 + 1)
