"""Request metrics middleware: counters live in a default dict keyed by
(metric, sorted label tuple). Only the query string is stripped from the
path before it becomes the "route" label, so every order id seen makes a
new label tuple and the dict gains a counter per request."""
import itertools

_requests = itertools.count()


def route_label(path):
    return path.split("?", 1)[0].rstrip("/") or "/"


def count(name, labels, store={}):  # expect: HL101 confirmed
    key = (name, tuple(sorted(labels.items())))
    store[key] = store.get(key, 0) + 1
    return store[key]


class MetricsMiddleware:
    def __init__(self, app):
        self.app = app

    def __call__(self, method, path):
        status = self.app(method, path)
        count("http_requests_total", {"method": method, "route": route_label(path), "status": "%dxx" % (status // 100)})
        return status


def scenario():
    n = next(_requests)
    mw = MetricsMiddleware(lambda method, path: 404 if n % 7 == 0 else 200)
    return mw("GET", "/orders/%d?expand=lines" % n), mw("POST", "/orders")
