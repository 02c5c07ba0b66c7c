"""Event bus: `SubscriberMixin.subscribe()` takes `registry=EventRegistry()`
and lets `self.bind(registry, topic)`, provided by `ServiceBase` (listed after
the mixin in `InventoryService`'s bases), attach a listener. bind() appends a
new Listener, which references the service, to `registry.listeners`, so the
shared default registry keeps every service and listener ever created."""
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
    def subscribe(self, topic, registry=EventRegistry()):  # expect: HL101 confirmed
        self.bind(registry, topic)
        return len(registry.by_topic)


class ServiceBase:
    def bind(self, registry, topic):
        registry.listeners.append(Listener(self, topic))


class InventoryService(SubscriberMixin, ServiceBase):
    def __init__(self, warehouse):
        self.warehouse = warehouse


def scenario():
    n = next(_services)
    return InventoryService(f"warehouse-{n}").subscribe(("stock.low", "stock.out", "order.placed")[n % 3])
