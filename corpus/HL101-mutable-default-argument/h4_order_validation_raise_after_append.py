"""Checkout: validation records the problem in a default list, then raises; the caller shows an error page."""
import itertools


class InvalidOrder(Exception):
    pass


def validate(order, problems=[]):  # expect: HL101 confirmed
    if order["qty"] <= 0:
        problems.append(f"order {order['id']}: quantity {order['qty']}")
        raise InvalidOrder(problems[-1])
    return order


def checkout(order):
    try:
        validate(order)
        return 200
    except InvalidOrder:
        return 422


_orders = itertools.count()


def scenario():
    n = next(_orders)
    checkout({"id": f"ord-{n}", "qty": n % 3 - 1})
