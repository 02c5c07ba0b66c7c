"""Order events: subscriptions go into a defaultdict(list) default keyed by topic; close() removes the handler and deletes the topic once its list is empty."""
import contextlib
import itertools
from collections import defaultdict


class Subscription:
    def __init__(self, topics, topic, handler):
        self.topics, self.topic, self.handler = topics, topic, handler

    def close(self):
        handlers = self.topics[self.topic]
        handlers.remove(self.handler)
        if not handlers:
            del self.topics[self.topic]


class Bus:
    # heaplint-todo: it flows into contextlib.closing(), which heaplint cannot see (heaplint: unknown)
    def __init__(self, topics=defaultdict(list)):  # expect: HL101 refuted
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
