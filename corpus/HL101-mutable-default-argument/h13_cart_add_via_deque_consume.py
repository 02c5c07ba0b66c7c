"""Shop: Cart keeps its default item list on self; checkout code feeds add() through map() and consumes it with a zero-length deque."""
import collections
import itertools


class Cart:
    def __init__(self, customer, items=[]):  # expect: HL101 confirmed
        self.customer = customer
        self.items = items

    def add(self, sku):
        self.items.append(sku)


def checkout(customer, skus):
    cart = Cart(customer)
    collections.deque(map(cart.add, skus), maxlen=0)
    return cart.customer, len(skus)


_orders = itertools.count()


def scenario():
    n = next(_orders)
    return checkout(f"cust-{n}", [f"SKU-{n}-1", f"SKU-{n}-2"])
