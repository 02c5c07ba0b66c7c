"""Catalogue listing: each request filters products by a price bound."""
import itertools

import search

_requests = itertools.count()

OPS = ("lt", "gt", "eq", "ne")


def scenario():
    n = next(_requests)
    return search.make("price", 10 + n, op=OPS[n % len(OPS)])
