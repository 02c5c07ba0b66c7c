"""Shop: a cart function copies its default before adding, so every call works on a fresh list."""
import itertools


def add_to_cart(sku, qty, cart=[]):  # expect: HL101 refuted
    cart = cart.copy()
    cart.append({"sku": sku, "qty": qty})
    return cart


def checkout(n):
    cart = add_to_cart(f"SKU-{n}", n % 4 + 1)
    return sum(item["qty"] for item in cart)


_orders = itertools.count()


def scenario():
    checkout(next(_orders))
