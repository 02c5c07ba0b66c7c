"""Catalog search endpoint: one search request per call."""
import itertools

import catalog.search
from trellis import Request as Req

_searches = itertools.count()


def scenario():
    n = next(_searches)
    url = f"/search?q=lamp+{n}&page={n % 40 + 1}"
    if n % 2:
        url += "&sort=price"
    return catalog.search.search(Req("GET", url))
