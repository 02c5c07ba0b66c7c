"""Web app entry: each request lists one user's orders."""
import itertools

from handlers import list_orders

_requests = itertools.count()


def scenario():
    n = next(_requests)
    return list_orders({"user": f"user{n}", "path": "/orders", "page": n % 3})
