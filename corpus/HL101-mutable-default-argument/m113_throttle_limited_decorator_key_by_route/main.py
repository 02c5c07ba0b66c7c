"""Quote API: one GET /quote request per call, from a new client each time."""
import itertools

from api import views

_requests = itertools.count(1)


def scenario():
    n = next(_requests)
    client = f"client-{n:05d}"
    return views.get_quote(client, ("basic", "pro", "team")[n % 3])
