"""Catalogue: every page of the product list is a GET on ProductListView."""
import itertools

from catalog.views import ProductListView

_pages = itertools.count()


def scenario():
    n = next(_pages)
    return ProductListView().dispatch({"method": "GET", "page": n})
