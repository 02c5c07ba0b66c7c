"""checkout(): opens a cart for the shopper, adds one item and prices it."""
from .ops import open_cart, add_item
from .pricing import apply_rules
from .util import order_id


def checkout(owner, sku):
    cart = open_cart(owner)
    add_item(cart, sku)
    return order_id(owner), apply_rules(cart)
