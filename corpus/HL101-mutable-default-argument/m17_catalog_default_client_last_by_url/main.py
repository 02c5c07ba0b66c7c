"""Product page: each request loads one product from its regional catalog."""
import itertools

import catalog

_skus = itertools.count()
_regions = ("eu", "us", "ap")


def scenario():
    n = next(_skus)
    return catalog.product(_regions[n % 3], f"SKU-{n:06d}")
