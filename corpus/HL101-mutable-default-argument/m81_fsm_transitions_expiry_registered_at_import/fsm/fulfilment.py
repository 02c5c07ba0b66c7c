"""fulfilment: shipping and delivery of paid orders."""
from . import transitions


@transitions.on("paid", "ship")
def ship(order, carrier):
    order.tracking = f"{carrier}-{order.id}"
    return "shipped"


@transitions.on("shipped", "deliver")
def deliver(order):
    return "delivered"
