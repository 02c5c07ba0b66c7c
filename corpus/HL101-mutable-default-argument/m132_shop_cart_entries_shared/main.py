"""Storefront: each scenario() call checks out one new shopper buying one SKU."""
import itertools

import shop

_shoppers = itertools.count(1)


def scenario():
    n = next(_shoppers)
    order, total = shop.checkout(f"shopper-{n:06d}", shop.SKUS[n % len(shop.SKUS)])
    assert order == f"ord-shopper-{n:06d}", order
    return total
