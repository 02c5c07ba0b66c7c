from .. import pricing
from ..config import AUDIT_ENABLED
from ..storage import audit
from . import inventory


def place(cart, trail):
    inventory.reserve(cart.skus())
    total = pricing.total(cart)
    if AUDIT_ENABLED:
        audit.record("order.placed", cart.ref, trail)
    return total
