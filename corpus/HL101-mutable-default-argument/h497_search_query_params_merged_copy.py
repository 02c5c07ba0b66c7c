"""Search API client: builds the query string for a listing call.

`{**params, **filters}` builds a new dict from the defaults and the call's
filter fields (facet names include the tenant); the default is only read.
"""
import itertools
import urllib.parse

_calls = itertools.count()


def build_query(filters, params={"format": "json", "page_size": "50"}):  # expect: HL101 refuted
    query = {**params, **filters}
    return urllib.parse.urlencode(sorted(query.items()))


def list_products(tenant, category):
    filters = {"facet_%s" % tenant: category, "tenant": tenant}
    return "/api/products?" + build_query(filters)


def scenario():
    n = next(_calls)
    return list_products("t%d" % n, "shoes-%d" % (n % 7))
