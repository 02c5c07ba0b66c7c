"""Checkout handler: wires the receipt mailer, then announces the order."""
import itertools

from shop import events
from signals import connect

_orders = itertools.count(5000)


class Mailer:
    def __init__(self, relay):
        self.relay = relay

    def send_receipt(self, sender, order, **_):
        return f"{self.relay}: receipt for order {order} from {sender}"


def checkout(order):
    mailer = Mailer("smtp.internal")
    connect(events.order_placed, mailer.send_receipt)
    return events.order_placed.send("checkout", order=order)[-1][1]


def scenario():
    return checkout(next(_orders))
