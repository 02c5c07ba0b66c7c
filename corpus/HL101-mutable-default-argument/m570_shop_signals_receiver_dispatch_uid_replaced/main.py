"""Storefront worker: each request checks one cart out."""
import itertools

from shop.views import checkout

_requests = itertools.count()


def scenario():
    n = next(_requests)
    request = {"user": "shopper-%d" % n, "cart": [("sku-%d" % n, 2), ("gift-card", 1)]}
    return checkout(request)
