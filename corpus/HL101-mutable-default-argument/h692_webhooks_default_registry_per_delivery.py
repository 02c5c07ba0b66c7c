"""Webhook dispatch: `get_registry` hands out the process-wide default
Registry instance, and `subscribe` registers a handler under the delivery's
name. Each delivery has a new name, so the default registry gains one
handler per delivery."""
import functools
import itertools

_deliveries = itertools.count(1)


class Registry:
    def __init__(self):
        self.handlers = {}

    def register(self, name, handler):
        self.handlers[name] = handler


def get_registry(registry=Registry()):  # expect: HL101 confirmed
    return registry


def post(url, payload):
    return "POST %s %s" % (url, payload)


def subscribe(event, url):
    get_registry().register("%s->%s" % (event, url), functools.partial(post, url))


def scenario():
    n = next(_deliveries)
    subscribe("invoice.paid", "https://hooks.example/d/%d" % n)
    return get_registry().handlers["invoice.paid->https://hooks.example/d/%d" % n]({"id": n})
