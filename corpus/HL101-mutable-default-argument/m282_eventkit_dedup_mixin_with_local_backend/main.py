"""Fulfilment: every order event is dispatched on the order bus once."""
import itertools

from fulfilment.events import OrderEventBus

_events = itertools.count()
bus = OrderEventBus()


def scenario():
    n = next(_events)
    return bus.dispatch({"id": f"evt-{n:08d}", "type": "order.shipped", "order": n})
