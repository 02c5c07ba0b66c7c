"""Websocket pub/sub hub: subscribers leave through a context manager that drops
a topic once its set is empty. publish() looks subscribers up with
self.subs.get(topic, ()), which never inserts into the defaultdict default."""
import asyncio
import contextlib
import itertools
from collections import defaultdict

_orders = itertools.count()


class Hub:
    def __init__(self, subs=defaultdict(set)):  # expect: HL101 refuted
        self.subs = subs

    def publish(self, topic, message):
        for inbox in self.subs.get(topic, ()):
            inbox.put_nowait((topic, message))

    @contextlib.contextmanager
    def subscribed(self, topic, inbox):
        self.subs[topic].add(inbox)
        try:
            yield inbox
        finally:
            self.subs[topic].discard(inbox)
            if not self.subs[topic]:
                del self.subs[topic]


async def session(n):
    hub = Hub()
    with hub.subscribed("prices", asyncio.Queue()) as inbox:
        hub.publish("prices", {"tick": n})
        hub.publish(f"order.{n}.filled", {"qty": n % 9})
        return await inbox.get()


def scenario():
    return asyncio.run(session(next(_orders)))
