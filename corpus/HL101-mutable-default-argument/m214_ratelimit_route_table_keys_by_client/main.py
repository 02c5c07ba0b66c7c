"""Order API front controller: route one request per call, from a new client each time."""
import itertools

from api import ROUTES

_requests = itertools.count(1)


def scenario():
    n = next(_requests)
    method = "POST" if n % 4 == 0 else "GET"
    payload = {"sku": f"sku-{n}"} if method == "POST" else {"page": n % 5 + 1}
    handler = ROUTES[(method, "/orders")]
    return handler(f"client-{n:06d}", payload)
