"""Storefront: one search request per call; shoppers paste SKUs and order numbers."""
import itertools

import api

_requests = itertools.count()


def scenario():
    n = next(_requests)
    return api.search_endpoint({"id": f"req-{n}", "q": f"red wool order {n:07d}"})
