"""Order service: builds the cart, prices it and announces the receipt."""
import m130_shop_events as events
import m130_shop_formatting as fmt
import m130_shop_pricing as pricing
from m130_shop_cart import build_cart


def place_order(order_id, items):
    cart = build_cart(order_id, items)
    text = fmt.receipt(order_id, pricing.total(cart))
    events.emit("order_placed", text)
    return text
