"""Each payment subscribes its receipt under an event named after the order: one registry entry per order."""
from .events import emit, subscribe


def pay(order_id, amount):
    receipt = []
    event = f"order.{order_id}.paid"
    subscribe(event, receipt.append)
    emit(event, {"order": order_id, "amount": amount})
    return receipt
