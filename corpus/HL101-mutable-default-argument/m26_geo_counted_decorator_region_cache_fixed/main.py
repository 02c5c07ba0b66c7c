"""Checkout: each basket is quoted a shipping cost for the customer's region."""
import itertools

from geo import shipping_rate

_baskets = itertools.count()

REGIONS = ("EU", "UK", "US", "APAC")


def scenario():
    n = next(_baskets)
    return shipping_rate(REGIONS[n % len(REGIONS)], 0.5 + (n % 40) / 4)
