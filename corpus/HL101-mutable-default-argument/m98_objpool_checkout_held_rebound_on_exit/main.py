"""One API request: load an order on behalf of a user."""
import itertools

import service

_requests = itertools.count(1)


def scenario():
    n = next(_requests)
    try:
        return service.load_order(n, f"user{n}@example.com")
    except LookupError:
        return []
