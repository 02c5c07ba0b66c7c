from functools import partial

from eventbus import *
from .audit import trail

TAX_RATES = {"DE": 19, "FR": 20, "NL": 21}


def place_order(order_id, country, lines):
    bus = EventBus("checkout")
    bus.connect("order.placed", trail.record)
    if not lines:
        raise ValueError("order %s has no lines" % order_id)
    net = sum(qty * price for qty, price in lines)
    total = net * (100 + TAX_RATES.get(country, 0)) // 100
    results = bus.emit("Order.Placed", order_id=order_id, total=total)
    failed = [r for r in results if isinstance(r, DeliveryError)]
    return total, len(failed)
