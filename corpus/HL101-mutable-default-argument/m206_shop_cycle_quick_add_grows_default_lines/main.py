"""Storefront: the "buy now" button adds one item to a fresh cart and prices it."""
import itertools

import pricing

_ids = itertools.count()


def scenario():
    n = next(_ids)
    customer = f"cust-{n}"
    sku = f"SKU-{n:06d}"
    return pricing.quick_add(customer, sku, qty=1 + n % 3)
