"""Checkout: each paid order is announced on the event bus and audited."""
import itertools

import audit
import events

_orders = itertools.count()
CHANNELS = ("web", "mobile", "pos")


def scenario():
    n = next(_orders)
    channel = CHANNELS[n % 3]
    handlers = events.subscribe("order.paid", lambda order: audit.record(order, channel))
    order = {"id": n, "total": 12.5 + n, "channel": channel}
    return events.emit(handlers, order)
