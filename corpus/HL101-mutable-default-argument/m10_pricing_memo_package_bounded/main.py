"""Storefront: each request quotes one cart line."""
import itertools

from app.services import pricing

_requests = itertools.count()


def scenario():
    n = next(_requests)
    return pricing.quote(("sku-1", "sku-2", "sku-3")[n % 3], qty=1 + n)
