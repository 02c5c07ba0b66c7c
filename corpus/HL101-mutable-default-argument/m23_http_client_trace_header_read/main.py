"""Checkout service: every order is charged through a payments API client."""
import itertools

from httpkit import Client
from payments.gateway import charge

_orders = itertools.count()


def scenario():
    n = next(_orders)
    client = Client("https://payments.internal/")
    return charge(client, order_id=f"ord-{n:06d}", cents=500 + n % 300)
