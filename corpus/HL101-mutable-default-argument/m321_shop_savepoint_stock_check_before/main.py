"""Checkout: reserve the basket's items inside one database session."""
import itertools

from db import Session
from shop.orders import reserve

_orders = itertools.count()


def scenario():
    n = next(_orders)
    session = Session(f"order-{n}")
    basket = ["A-100", "B-200", f"C-{300 + n % 3}"]
    return reserve(session, basket), len(session.log)
