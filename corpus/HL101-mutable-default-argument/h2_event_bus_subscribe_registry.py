"""Module-level event bus: every request subscribes a callback into the default registry."""
import itertools


def subscribe(event, handler, registry={}):  # expect: HL101 confirmed
    if event not in registry:
        registry[event] = []
    registry[event].append(handler)
    return registry[event]


def publish(event, payload, handlers=()):
    return [handler(payload) for handler in handlers]


def handle_order(order_id):
    handlers = subscribe("order.paid", lambda payload, order_id=order_id: (order_id, payload["amount"]))
    return publish("order.paid", {"amount": order_id * 3}, handlers[-1:])


_orders = itertools.count()


def scenario():
    handle_order(next(_orders))
