"""Shop backend: each request checks out one order and ships it."""
import itertools

from orders import checkout

_orders = itertools.count(1)


def scenario():
    n = next(_orders)
    return checkout.checkout(f"A-{n:06d}", 10.0 + n)
