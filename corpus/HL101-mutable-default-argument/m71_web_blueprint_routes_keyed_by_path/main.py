"""API gateway: each request mounts the blueprint of its API version, then dispatches."""
import itertools

from shopapi import handle

_requests = itertools.count()


def scenario():
    n = next(_requests)
    version = "v2" if n % 2 else "v1"
    path = f"/api/{version}/items" if n % 3 else f"/api/{version}/items/detail"
    return handle(path, {"id": str(n), "page": str(n % 7 + 1)})
