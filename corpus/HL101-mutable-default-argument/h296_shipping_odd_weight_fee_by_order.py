"""Shipping: the carrier rounds odd total weights up and charges a fee for
it, so tally() notes every order whose weight triggered the rounding fee
before the order is handed to the carrier."""
import itertools
from collections import namedtuple

Parcel = namedtuple("Parcel", "sku weight")

_orders = itertools.count()

ROUNDING_FEE = 0.35


def tally(order_id, items, rounding_fees={}):  # expect: HL101 confirmed
    if sum(x.weight for x in items) % 2:
        rounding_fees[order_id] = ROUNDING_FEE
    return sum(rounding_fees.values())


def scenario():
    n = next(_orders)
    items = [Parcel("box", 3)] + [Parcel(f"sku-{n}-{i}", 2) for i in range(n % 3)]
    return tally(f"ord-{n:06d}", items)
