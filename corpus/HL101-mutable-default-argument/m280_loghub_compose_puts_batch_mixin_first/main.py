"""Web app: each request logs one line through the configured handler."""
import itertools

from webapp.logsetup import handler

_requests = itertools.count()


def scenario():
    n = next(_requests)
    return handler.handle(f"webapp.access GET /orders/{n} 200 {n % 80}ms")
