"""Shipping: the carrier rounds odd total weights up and charges a fee for
it; tally() keeps the fee charged per parcel-count parity (even and odd
counts are billed on separate invoice lines) before orders go out."""
import itertools
from collections import namedtuple

Parcel = namedtuple("Parcel", "sku weight")

_orders = itertools.count()

ROUNDING_FEE = 0.35


def tally(order_id, items, rounding_fees={}):  # expect: HL101 refuted
    if sum(x.weight for x in items) % 2:
        rounding_fees[len(items) % 2] = ROUNDING_FEE
    return sum(rounding_fees.values())


def scenario():
    n = next(_orders)
    items = [Parcel("box", 3)] + [Parcel(f"sku-{n}-{i}", 2) for i in range(n % 3)]
    return tally(f"ord-{n:06d}", items)
