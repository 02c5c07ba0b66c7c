"""Storefront views; each takes a request dict and returns HTML."""
from . import cache

__all__ = ["product_detail", "add_to_cart"]

_CARTS = {}


def product_detail(request):
    key = f"product:{request['sku']}"
    html = cache.get(key)
    if html is None:
        html = cache.set(key, f"<h1>{request['sku']}</h1><p>In stock</p>")
    return html


def add_to_cart(request):
    user = request["user"]
    cart = _CARTS.setdefault(user, [])
    cart.append(request["sku"])
    del cart[:-5]
    cache.clear(prefix=f"cart:{user}")
    key = f"cart:{user}"
    return cache.get(key) or cache.set(key, f"<span>{len(cart)} items</span>")
