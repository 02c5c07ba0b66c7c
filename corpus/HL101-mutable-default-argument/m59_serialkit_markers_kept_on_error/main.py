"""Event bus publisher: each order event is encoded for the wire; refunds carry Decimal amounts."""
import itertools
from decimal import Decimal

import serialkit as sk

_events = itertools.count()


def scenario():
    n = next(_events)
    amount = Decimal(f"{n}.50") if n % 2 else n * 100
    event = {"type": "order.refunded" if n % 2 else "order.paid", "id": f"ord-{n}",
             "order": {"lines": [n, n + 1], "amount": amount, "gift": False}}
    return sk.to_wire(event)
