"""Checkout service: each call fills and prices one customer's cart."""
import itertools

from shop import Cart

_customers = itertools.count(1)


def scenario():
    n = next(_customers)
    cart = Cart(f"cust-{n}")
    cart.add(f"SKU-{n % 400:04d}", 1 + n % 3, 4.5 + n % 17)
    cart.add("SKU-GIFT", 1, 0.0)
    return cart.total()
