"""REST endpoint: requests with various methods hit per-item paths."""
import itertools

from routing.views import dispatch

_requests = itertools.count()


def scenario():
    n = next(_requests)
    return dispatch(("GET", "post", "DELETE", "PATCH")[n % 4], f"/items/{n}")
