"""Webhook dispatcher: handlers register under (event, id(handler)) in a
WeakValueDictionary default, so a handler registered twice is stored once
and the registry never keeps a handler alive. The key holds only an int,
so when the request's handler object is freed its entry disappears."""
import itertools
import weakref

_deliveries = itertools.count()


class WebhookHandler:
    def __init__(self, url):
        self.url = url

    def __call__(self, event, body):
        return "POST %s %s (%d bytes)" % (self.url, event, len(body))


def register(event, handler, _registry=weakref.WeakValueDictionary()):  # expect: HL101 refuted
    _registry.setdefault((event, id(handler)), handler)
    return [h(event, "{}") for (name, _), h in list(_registry.items())[-3:] if name == event]


def scenario():
    n = next(_deliveries)
    handler = WebhookHandler("https://hooks.example.org/tenant-%d" % n)
    return register("invoice.paid", handler)
