"""Shop backend: each checkout loads the order plugins and fires order.created."""
import itertools

from orderflow.loader import checkout

_orders = itertools.count(5000)


def scenario():
    n = next(_orders)
    payload = f'{{"id": {n}, "email": "buyer{n}@example.org", "total": {n % 300}}}'
    return checkout(payload)
