"""Storefront: logged-in users bring a basket; guests use the package default."""
import itertools

import shop

_visits = itertools.count()


def visit(n):
    sku = f"SKU-{n:06d}"
    if n % 2:
        basket = shop.add_to_basket(sku, lines={})
    else:
        basket = shop.add_to_basket(sku, n % 4 + 1)
    return shop.basket_total(basket)


def scenario():
    return visit(next(_visits))
