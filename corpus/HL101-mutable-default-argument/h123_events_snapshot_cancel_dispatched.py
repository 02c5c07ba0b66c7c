"""Event sourcing: a snapshotter keeps the running state of each open order in
a dict default keyed by aggregate id, so a replay can start from it. An
isinstance dispatch drops it on either terminal event, OrderClosed or
OrderCancelled, so an order cancelled at checkout leaves nothing behind."""
import itertools
from dataclasses import dataclass

_ids = itertools.count()


@dataclass
class OrderEvent:
    order_id: str


@dataclass
class ItemAdded(OrderEvent):
    price: int


class OrderClosed(OrderEvent): pass


class OrderCancelled(OrderEvent): pass


def on_event(event, snapshots={}):  # expect: HL101 refuted
    if isinstance(event, (OrderClosed, OrderCancelled)):
        return snapshots.pop(event.order_id, None)
    state = snapshots.setdefault(event.order_id, {"total": 0})
    if isinstance(event, ItemAdded):
        state["total"] += event.price
    return state


def scenario():
    order_id = "ord-%d" % next(_ids)
    on_event(ItemAdded(order_id, 120))
    on_event(ItemAdded(order_id, 80))
    return on_event(OrderCancelled(order_id))
