"""Storefront search: each request builds one product query."""
import itertools

from catalogdb.search import search_products

_searches = itertools.count()

BRANDS = ("acme", "globex", "initech")


def scenario():
    n = next(_searches)
    return search_products(f"widget {n}", BRANDS[n % len(BRANDS)])
