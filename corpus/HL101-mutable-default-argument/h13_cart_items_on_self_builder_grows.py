"""Shop: Cart keeps its default item list on self; build_cart() (module code) adds each product through add()."""
import itertools


class Cart:
    def __init__(self, customer, items=[]):  # expect: HL101 confirmed
        self.customer = customer
        self.items = items

    def add(self, sku, qty=1):
        self.items.append((sku, qty))
        return self

    def total_qty(self):
        return sum(qty for _, qty in self.items)


def build_cart(customer, skus):
    cart = Cart(customer)
    for sku in skus:
        cart.add(sku)
    return cart


_orders = itertools.count()


def scenario():
    n = next(_orders)
    return build_cart(f"cust-{n}", [f"SKU-{n}-A", f"SKU-{n}-B"]).total_qty()
