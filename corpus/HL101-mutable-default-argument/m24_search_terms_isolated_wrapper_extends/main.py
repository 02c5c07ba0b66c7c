"""Storefront search box: each query string becomes a boolean query."""
import itertools

import search

_queries = itertools.count()


def scenario():
    n = next(_queries)
    return search.build_query(f"Red Running Shoes SKU{n:06d}")
