"""Storefront: price each new cart through the checkout plugins for its sales channel."""
import itertools

from checkout import manager as checkout_manager

_carts = itertools.count()


def scenario():
    n = next(_carts)
    cart = {"id": f"cart-{n}", "lines": [("sku-1", 2, 1999), ("sku-9", 1, 450 + n % 50)], "member": n % 3 == 0}
    channel = "app" if n % 2 else "web"
    return checkout_manager.price(cart, channel)["total"]
