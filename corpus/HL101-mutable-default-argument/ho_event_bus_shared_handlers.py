"""In-process event bus; every bus created without handlers shares one list."""
import itertools


class EventBus:
    def __init__(self, name, handlers=[]):  # expect: HL101 confirmed
        self.name = name
        self.handlers = handlers

    def subscribe(self, handler):
        self.handlers.append(handler)
        return handler

    def publish(self, event):
        return [handler(event) for handler in self.handlers[-3:]]


_requests = itertools.count()


def scenario():
    n = next(_requests)
    bus = EventBus(f"request-{n}")
    bus.subscribe(lambda event, n=n: (n, event))
    bus.publish({"type": "request.finished", "id": n})
