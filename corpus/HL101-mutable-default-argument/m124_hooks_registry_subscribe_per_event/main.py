"""Checkout: every call pays a new order and collects its receipt."""
import itertools

from shop.checkout import pay

_orders = itertools.count(1000)


def scenario():
    n = next(_orders)
    return pay(n, n % 97 + 0.5)
