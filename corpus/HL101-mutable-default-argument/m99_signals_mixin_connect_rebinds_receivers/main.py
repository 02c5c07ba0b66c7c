"""Checkout: every call places one new order, hooks its receipt, saves it once."""
import itertools

import orders

_numbers = itertools.count(1000)


def scenario():
    n = next(_numbers)
    order = orders.watch(orders.Order(n, [(1 + n % 3, 9.5), (2, 0.25 * (n % 7))]))
    receipts = order.save()
    assert receipts == [f"receipt for order {n}: {order.total:.2f}"], receipts
    return receipts
