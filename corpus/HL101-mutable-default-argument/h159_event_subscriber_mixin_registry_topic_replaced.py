"""Event bus: `SubscriberMixin.subscribe()` takes `registry=EventRegistry()`
and lets `self.bind(registry, topic)`, provided by `ServiceBase` (listed after
the mixin in `InventoryService`'s bases), attach a listener. bind() stores the
new Listener under its topic in `registry.by_topic`, replacing the previous one;
with three topics the shared default registry keeps at most three listeners."""
import itertools

_services = itertools.count()


class EventRegistry:
    def __init__(self):
        self.listeners = []
        self.by_topic = {}


class Listener:
    def __init__(self, service, topic):
        self.service, self.topic = service, topic


class SubscriberMixin:
    def subscribe(self, topic, registry=EventRegistry()):  # expect: HL101 refuted
        self.bind(registry, topic)
        return len(registry.by_topic)


class ServiceBase:
    def bind(self, registry, topic):
        registry.by_topic[topic] = Listener(self, topic)


class InventoryService(SubscriberMixin, ServiceBase):
    def __init__(self, warehouse):
        self.warehouse = warehouse


def scenario():
    n = next(_services)
    return InventoryService(f"warehouse-{n}").subscribe(("stock.low", "stock.out", "order.placed")[n % 3])
