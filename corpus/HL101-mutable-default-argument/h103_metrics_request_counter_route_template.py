"""Request metrics middleware: counters live in a default dict keyed by
(metric, sorted label tuple). Labels are normalised first, to the route
template rather than the concrete path and to the status class rather than
the code, so the key space is fixed and the dict only updates counts."""
import itertools

_requests = itertools.count()
ROUTES = ("/orders/{id}", "/orders", "/health")


def route_template(path):
    path = path.split("?", 1)[0]
    for template in ROUTES:
        prefix = template.split("{", 1)[0]
        if path == template or ("{" in template and path[len(prefix):].isdigit() and path.startswith(prefix)):
            return template
    return "other"


def count(name, labels, store={}):  # expect: HL101 refuted
    key = (name, tuple(sorted(labels.items())))
    store[key] = store.get(key, 0) + 1
    return store[key]


class MetricsMiddleware:
    def __init__(self, app):
        self.app = app

    def __call__(self, method, path):
        status = self.app(method, path)
        count("http_requests_total", {"method": method, "route": route_template(path), "status": "%dxx" % (status // 100)})
        return status


def scenario():
    n = next(_requests)
    mw = MetricsMiddleware(lambda method, path: 404 if n % 7 == 0 else 200)
    return mw("GET", "/orders/%d?expand=lines" % n), mw("POST", "/orders")
