"""Cart building: validates each requested item and adds it to the cart.

add_item rebinds cart.lines to `cart.lines + [line]`, a new list, so the
shared default list of Cart.__init__ is only read and stays empty.
"""
import m130_shop_catalog as catalog
from m130_shop_models import Cart, Line
from m130_shop_validators import check_line


def add_item(cart, sku, qty):
    sku = check_line(sku, qty)
    cart.lines = cart.lines + [Line(sku, qty, catalog.price_of(sku))]


def build_cart(order_id, items):
    cart = Cart(order_id)
    for sku, qty in items:
        add_item(cart, sku, qty)
    return cart
