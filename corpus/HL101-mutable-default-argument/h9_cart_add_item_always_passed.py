"""Shop: same add_item helper, but every caller in this module hands it the cart it should fill."""
import itertools


def add_item(item, cart=[]):  # expect: HL101 unknown
    cart.append(item)
    return cart


class Order:
    def __init__(self, customer):
        self.customer = customer
        self.lines = []

    def add(self, sku, qty=1):
        add_item((sku, qty), self.lines)
        return self


_orders = itertools.count()


def scenario():
    n = next(_orders)
    order = Order(f"cust{n}").add(f"SKU-{n}").add(f"SKU-{n + 1}", 3)
    return len(order.lines)
