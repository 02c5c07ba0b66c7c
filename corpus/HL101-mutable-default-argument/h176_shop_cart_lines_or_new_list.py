"""Checkout service for a web shop: each checkout request builds a `Cart`,
adds the submitted lines and prices it. The constructor takes
`lines or []`: the default list is empty, hence falsy, so every cart built
without saved lines gets a new list of its own, the default is never
appended to, and each request's lines die with its cart."""
import itertools

_checkouts = itertools.count()


class Cart:
    def __init__(self, customer, lines=[]):  # expect: HL101 refuted
        self.customer = customer
        self.lines = lines or []

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
