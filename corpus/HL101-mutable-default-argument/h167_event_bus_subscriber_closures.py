"""Event bus: subscribe() wires a handler through a SubscriptionHelper that
appends it to the topic's list unless it is already there. The table is a
shared defaultdict default, and each call passes a new closure, so every
handler is kept."""
import collections
import itertools


class SubscriptionHelper:
    def __init__(self, table):
        self.table = table

    def on(self, topic, handler):
        handlers = self.table[topic]
        if handler not in handlers:
            handlers.append(handler)
        return len(handlers)


def subscribe(topic, handler, table=collections.defaultdict(list)):  # expect: HL101 confirmed
    return SubscriptionHelper(table).on(topic, handler)


_orders = itertools.count()


def scenario():
    n = next(_orders)
    subscribe("order.shipped", lambda event: f"notify customer of order {n}: {event}")
