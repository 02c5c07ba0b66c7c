"""Order service: each checkout creates a fresh order aggregate."""
import itertools

from aggregates import Order

_checkouts = itertools.count()


def scenario():
    n = next(_checkouts)
    order = Order(f"ord-{n:07d}")
    order.place(f"sku-{n % 500}", 1 + n % 3)
    return order.version
