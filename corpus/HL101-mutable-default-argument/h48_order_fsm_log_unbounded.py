"""Order workflow state machine; keeps a transition log for the admin dashboard."""
import itertools
from collections import deque

_ids = itertools.count()

TRANSITIONS = {
    ("new", "pay"): "paid",
    ("paid", "ship"): "shipped",
    ("shipped", "deliver"): "delivered",
    ("new", "cancel"): "cancelled",
    ("paid", "cancel"): "refunded",
}


class InvalidTransition(Exception):
    pass


def advance(order, event, log=deque()):  # expect: HL101 confirmed
    key = (order["state"], event.strip().lower())
    target = TRANSITIONS.get(key)
    if target is None:
        raise InvalidTransition(f"{order['id']}: cannot {key[1]} from {key[0]}")
    log.append((order["id"], *key, target))
    order["state"] = target
    return log


def process(order_id, events):
    order = {"id": order_id, "state": "new"}
    for event in events:
        try:
            advance(order, event)
        except InvalidTransition:
            break
    return order["state"]


def scenario():
    n = next(_ids)
    events = ["Pay", "ship ", "deliver"] if n % 3 else ["cancel", "pay"]
    final = process(f"ord-{n}", events)
    assert final in ("delivered", "cancelled")
