"""Order events: subscriptions go into a defaultdict(list) default keyed by topic; close() removes the handler but leaves the emptied per-order topic list behind."""
import contextlib
import itertools
from collections import defaultdict


class Subscription:
    def __init__(self, topics, topic, handler):
        self.topics, self.topic, self.handler = topics, topic, handler

    def close(self):
        self.topics[self.topic].remove(self.handler)


class Bus:
    # heaplint-todo: it flows into contextlib.closing(), which heaplint cannot see (heaplint: unknown)
    def __init__(self, topics=defaultdict(list)):  # expect: HL101 confirmed
        self._topics = topics

    def subscribe(self, topic, handler):
        self._topics[topic].append(handler)
        return Subscription(self._topics, topic, handler)

    def publish(self, topic, **event):
        return [handler(topic, event) for handler in self._topics.get(topic, ())]


_orders = itertools.count()


def scenario():
    n = next(_orders)
    bus = Bus()
    with contextlib.closing(bus.subscribe(f"order.{n}.shipped", lambda topic, event: event["carrier"])):
        return bus.publish(f"order.{n}.shipped", carrier="DHL", parcels=n % 4)
