"""Catalogue API: each request searches the product index through the
JSON view."""
import itertools

from views import search

_requests = itertools.count()


def scenario():
    n = next(_requests)
    request = {"path": "/search", "q": f"lamp {n}", "tag": f"promo-{n}"}
    return search(request)["status"]
