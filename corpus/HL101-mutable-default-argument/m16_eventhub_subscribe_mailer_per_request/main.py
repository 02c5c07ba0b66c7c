"""Checkout endpoint: each request pays one order and announces it on the event hub."""
import itertools

from eventhub import publish
from shop.mailer import Mailer, connect

_orders = itertools.count()


def scenario():
    n = next(_orders)
    connect(Mailer(f"store-{n % 7}"))
    order = {"id": n, "total": 9.5 + n, "email": f"buyer{n}@example.test"}
    return len(publish("order.paid", order))
