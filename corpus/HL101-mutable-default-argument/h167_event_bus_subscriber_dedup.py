"""Event bus: subscribe() wires a handler through a SubscriptionHelper that
appends it to the topic's list unless it is already there. The table is a
shared defaultdict default, but the handler is one module-level function, so
after the first call the membership test skips the append."""
import collections
import itertools


def notify_customer(event):
    return f"notify customer: {event}"


class SubscriptionHelper:
    def __init__(self, table):
        self.table = table

    def on(self, topic, handler):
        handlers = self.table[topic]
        if handler not in handlers:
            handlers.append(handler)
        return len(handlers)


def subscribe(topic, handler, table=collections.defaultdict(list)):  # expect: HL101 refuted
    return SubscriptionHelper(table).on(topic, handler)


_orders = itertools.count()


def scenario():
    n = next(_orders)
    subscribe(("order.shipped", "order.paid")[n % 2], notify_customer)
