"""Checkout: connects the order receivers for the order's sender, then fires."""
from shop import fire_signal, on_signal

from . import notifications as notes


def place(order_id, channel, sku, total):
    sender = channel
    on_signal("order_placed", notes.email_buyer, sender=sender)
    on_signal("order_placed", notes.bump_stock, sender=sender)
    return fire_signal("order_placed", sender, order_id=order_id, sku=sku, total=total)
