"""Web app: routes are mounted per request from the tenant's route config, then the request is served."""
import itertools

from web import handlers

_requests = itertools.count()


def scenario():
    n = next(_requests)
    handle = handlers.make_handler(f"/tenant{n}/orders")
    return handle({"path": f"/tenant{n}/orders", "id": n})
