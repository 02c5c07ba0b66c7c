"""Cart building: validates each requested item and adds it to the cart.

add_item appends to cart.lines in place; a Cart built without lines holds
the shared default list of Cart.__init__, so every order's lines pile up there.
"""
import m130_shop_catalog as catalog
from m130_shop_models import Cart, Line
from m130_shop_validators import check_line


def add_item(cart, sku, qty):
    sku = check_line(sku, qty)
    cart.lines.append(Line(sku, qty, catalog.price_of(sku)))


def build_cart(order_id, items):
    cart = Cart(order_id)
    for sku, qty in items:
        add_item(cart, sku, qty)
    return cart
