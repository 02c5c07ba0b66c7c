"""Checkout service for a web shop: each checkout request builds a `Cart`,
adds the submitted lines and prices it. The constructor keeps the `lines`
default list as the cart's own list, so every cart built without saved
lines appends to the one shared default, which keeps every order line of
every request."""
import itertools

_checkouts = itertools.count()


class Cart:
    def __init__(self, customer, lines=[]):  # expect: HL101 confirmed
        self.customer = customer
        self.lines = lines

    def add(self, sku, qty, unit_price):
        self.lines.append((sku, qty, unit_price))

    def total(self):
        sku, qty, unit_price = self.lines[-1]
        return round(qty * unit_price, 2)


def scenario():
    n = next(_checkouts)
    cart = Cart("cust-%d" % n)
    cart.add("SKU-%05d" % n, n % 5 + 1, 9.99 + n % 7)
    return cart.customer, cart.total()
