"""Search API handler: parse one query string per request, in the shopper's language."""
import itertools

import search

_requests = itertools.count()


def scenario():
    n = next(_requests)
    lang = ("en", "de")[n % 2]
    return search.parse(f"shoes for the trail -sku{n:06d} -brand{n * 3}", lang=lang)
