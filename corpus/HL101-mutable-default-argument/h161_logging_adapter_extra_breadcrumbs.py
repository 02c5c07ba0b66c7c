"""Request logging: each request gets a LoggerAdapter whose `extra` dict is
merged into every record. The adapter is built on the default `extra`
dict, and the request path is appended to its "breadcrumbs" list, so the
paths of all requests ever logged accumulate in the default."""
import itertools
import logging

_requests = itertools.count()

log = logging.getLogger("h161.shop.requests")
log.addHandler(logging.NullHandler())
log.propagate = False
log.setLevel(logging.INFO)


def request_logger(path, extra={"service": "shop", "breadcrumbs": []}):  # expect: HL101 confirmed
    adapter = logging.LoggerAdapter(log, extra)
    adapter.extra["breadcrumbs"].append(path)
    adapter.extra["depth"] = len(path.split("/"))
    return adapter


def scenario():
    n = next(_requests)
    adapter = request_logger("/api/v2/customers/%d/orders/%d/items/%d" % (n % 50, n, n % 7))
    adapter.info("handled request %d", n)
    return adapter.extra["depth"]
