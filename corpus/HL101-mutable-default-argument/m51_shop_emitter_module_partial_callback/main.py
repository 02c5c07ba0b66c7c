import itertools

from shop import payments as pay
from shop import receipts
from shop.orders import Order

_orders = itertools.count(1000)


def scenario():
    n = next(_orders)
    order = Order(f"A-{n}", f"buyer{n}@example.com", 500 + n % 300)
    receipts.attach(order)
    pay.capture(order, order.total)
    return order.outbox[-1]
