"""Message bus producer: orders are encoded to wire dicts before publishing."""
import itertools

import wire
from wire import Order as WireOrder

_orders = itertools.count()


def scenario():
    n = next(_orders)
    order = WireOrder(f"ord-{n}", [f"sku-{n}", n % 7, 1.5])
    return wire.to_wire(order)
