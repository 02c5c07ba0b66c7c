"""Shop cart: __init__ guards with `is not None`, but the default is a list, not None, so every cart appends to the shared default."""
import itertools


class Cart:
    def __init__(self, customer, items=[]):  # expect: HL101 confirmed
        self.customer = customer
        self.items = items if items is not None else []

    def add(self, sku, qty=1):
        self.items.append((sku, qty))
        return self

    def total(self, prices):
        return sum(prices.get(sku, 0) * qty for sku, qty in self.items)


_customers = itertools.count()


def scenario():
    n = next(_customers)
    cart = Cart(f"cust-{n}").add(f"sku-{n % 50}", 2)
    return cart.total({f"sku-{n % 50}": 999})
