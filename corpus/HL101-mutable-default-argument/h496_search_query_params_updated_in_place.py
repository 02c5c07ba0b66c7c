"""Search API client: builds the query string for a listing call.

`query = params` is only a second name for the default dict, so update()
writes each call's filter fields (facet names include the tenant) into it.
"""
import itertools
import urllib.parse

_calls = itertools.count()


def build_query(filters, params={"format": "json", "page_size": "50"}):  # expect: HL101 confirmed
    query = params
    query.update(filters)
    return urllib.parse.urlencode(sorted(query.items()))


def list_products(tenant, category):
    filters = {"facet_%s" % tenant: category, "tenant": tenant}
    return "/api/products?" + build_query(filters)


def scenario():
    n = next(_calls)
    return list_products("t%d" % n, "shoes-%d" % (n % 7))
