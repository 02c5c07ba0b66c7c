from . import pricing
from .guest import GuestCart


def quote(session_id, items):
    cart = GuestCart(session_id)
    for sku, qty in items:
        cart.add(sku, qty, pricing.price_of(sku))
    return {"session": cart.session_id, "total": cart.total(),
            "currency": cart.currency}
