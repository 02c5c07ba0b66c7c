"""Checkout: convert one order total into the shop's base currency."""
import itertools

import fx

_orders = itertools.count()


def scenario():
    n = next(_orders)
    currency = ("EUR", "GBP", "JPY")[n % 3]
    return fx.convert(100 + n, currency, day=n % 10, request_id=f"req-{n}")
