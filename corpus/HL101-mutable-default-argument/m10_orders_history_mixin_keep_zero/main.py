"""Shop backend: each request creates an order and pays it."""
import itertools

from shop.orders import Order

_requests = itertools.count()


def scenario():
    n = next(_requests)
    order = Order(f"A-{n:06d}", total=1000 + n)
    return order.pay(f"card-{n}")
