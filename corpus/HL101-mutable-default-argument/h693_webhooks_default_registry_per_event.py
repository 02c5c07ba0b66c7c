"""Webhook dispatch: `get_registry` hands out the process-wide default
Registry instance, and `subscribe` registers a handler under the event
name. There are only a few events, so each new handler replaces the old one
and the default registry stays at that size."""
import functools
import itertools

_deliveries = itertools.count(1)
EVENTS = ("invoice.paid", "invoice.voided", "customer.created")


class Registry:
    def __init__(self):
        self.handlers = {}

    def register(self, name, handler):
        self.handlers[name] = handler


def get_registry(registry=Registry()):  # expect: HL101 refuted
    return registry


def post(url, payload):
    return "POST %s %s" % (url, payload)


def subscribe(event, url):
    get_registry().register(event, functools.partial(post, url))


def scenario():
    n = next(_deliveries)
    event = EVENTS[n % len(EVENTS)]
    subscribe(event, "https://hooks.example/d/%d" % n)
    return get_registry().handlers[event]({"id": n})
