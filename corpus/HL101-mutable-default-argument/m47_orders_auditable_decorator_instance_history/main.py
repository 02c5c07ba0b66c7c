"""Web shop: each request places an order and pays for it."""
import itertools

import orders.service as svc

_requests = itertools.count(1)


def scenario():
    n = next(_requests)
    order = svc.place_order(f"cust-{n}", [(f"sku-{n}", 1 + n % 3, 9.5)])
    svc.pay(order, f"txn-{n:06d}")
    return order.summary()
