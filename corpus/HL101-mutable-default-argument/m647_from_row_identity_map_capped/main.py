"""Order service: each call loads one new order row into a model."""
import itertools

from shop.orders import Order

_ids = itertools.count()


def scenario():
    n = next(_ids)
    row = {"id": n, "customer": f"cust-{n % 97}", "total": n % 300}
    return Order.from_row(row).summary()
