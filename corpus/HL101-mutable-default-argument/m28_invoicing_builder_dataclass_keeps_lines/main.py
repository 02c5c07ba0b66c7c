"""Checkout: each order turns the cart into an invoice and returns its total."""
import itertools

from invoicing import *

_orders = itertools.count()


def scenario():
    n = next(_orders)
    cart = [(f"sku-{n}", 1 + n % 3, 9.99), ("shipping", 1, 4.5)]
    return checkout(f"  Customer{n}@Example.org ", cart)
