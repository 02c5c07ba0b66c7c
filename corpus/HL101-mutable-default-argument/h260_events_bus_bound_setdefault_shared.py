"""In-process event bus: each request builds a short-lived EventBus, wires the
handlers it needs and publishes. The bus binds its table's setdefault and get
once at construction, so subscribe() and publish() skip attribute lookups."""
import itertools

_requests = itertools.count()


class EventBus:
    def __init__(self, handlers={}):  # expect: HL101 confirmed
        self._handlers = handlers
        self._slot = self._handlers.setdefault
        self._lookup = self._handlers.get

    def subscribe(self, topic, handler):
        self._slot(topic, []).append(handler)

    def publish(self, topic, payload):
        return [handler(payload) for handler in self._lookup(topic, ())]


def scenario():
    n = next(_requests)
    receipts = []
    bus = EventBus()
    bus.subscribe(f"order.{n}.paid", receipts.append)
    bus.publish(f"order.{n}.paid", {"order": n, "total": 19.99})
    return receipts
