"""Storefront: one search request per call, drawn from the popular queries."""
import itertools

import api

_requests = itertools.count()

POPULAR = ("red wool", "cheap running shoes", "rain jacket", "hiking socks sale")


def scenario():
    n = next(_requests)
    q = POPULAR[n % len(POPULAR)]
    return api.search_endpoint({"id": f"req-{n}", "q": q, "limit": 1 + n % 3})
