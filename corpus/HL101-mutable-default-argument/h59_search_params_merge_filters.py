"""Catalog search client: builds the query string for a faceted product search."""
import itertools
from urllib.parse import urlencode

API_ROOT = "https://api.shop.example.com/v2/search"


def build_search_url(term, page, filters, params={"format": "json", "limit": 20}):  # expect: HL101 refuted
    params.update(q=term, page=page)
    return f"{API_ROOT}?{urlencode(sorted({**params, **filters}.items()))}"


def facet_filters(attribute_ids, value):
    return {f"attr_{attr_id}": value for attr_id in attribute_ids}


_queries = itertools.count()


def scenario():
    n = next(_queries)
    filters = facet_filters([n, 7], "red")
    return build_search_url(f"sneakers {n}", n % 5 + 1, filters)
