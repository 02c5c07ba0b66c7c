"""Storefront: one price request per call, from a new shopper, for one of three SKUs."""
import itertools

from shop import pricing

_shoppers = itertools.count(1)


def scenario():
    n = next(_shoppers)
    return pricing.price_for(f"shopper-{n}", ("SKU-A", "SKU-B", "SKU-C")[n % 3])
