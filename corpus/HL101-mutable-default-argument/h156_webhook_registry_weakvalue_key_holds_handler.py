"""Webhook dispatcher: handlers register under (event, handler) in a
WeakValueDictionary default, so a handler registered twice is stored once.
The value is weak, but the key tuple holds the handler strongly, so it can
never die and every request's handler stays in the default registry."""
import itertools
import weakref

_deliveries = itertools.count()


class WebhookHandler:
    def __init__(self, url):
        self.url = url

    def __call__(self, event, body):
        return "POST %s %s (%d bytes)" % (self.url, event, len(body))


def register(event, handler, _registry=weakref.WeakValueDictionary()):  # expect: HL101 confirmed
    _registry.setdefault((event, handler), handler)
    return [h(event, "{}") for (name, _), h in list(_registry.items())[-3:] if name == event]


def scenario():
    n = next(_deliveries)
    handler = WebhookHandler("https://hooks.example.org/tenant-%d" % n)
    return register("invoice.paid", handler)
