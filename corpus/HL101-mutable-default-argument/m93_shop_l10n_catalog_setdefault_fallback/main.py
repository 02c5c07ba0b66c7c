"""Storefront: each request shows a product that was just added to the feed."""
import itertools

from shop.web import dispatch

_skus = itertools.count(2)


def scenario():
    n = next(_skus)
    product = {"sku": f"sku-{n}", "feed_name": f"Mug model {n}"}
    request = {"locale": ("en", "de", "nl", "pt")[n % 4], "product": product}
    return dispatch("/product", request)
