"""Each payment subscribes its receipt under the one 'order.paid' event: the entry is replaced, not added."""
from .events import emit, subscribe


def pay(order_id, amount):
    receipt = []
    event = "order.paid"
    subscribe(event, receipt.append)
    emit(event, {"order": order_id, "amount": amount})
    return receipt
