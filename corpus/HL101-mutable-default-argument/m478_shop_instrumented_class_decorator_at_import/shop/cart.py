from .instrument import instrumented


@instrumented
class Cart:
    """A customer's cart: (sku, qty, unit price) lines."""

    def __init__(self, customer):
        self.customer = customer
        self.lines = []

    def add(self, sku, qty, price):
        self.lines.append((sku, qty, price))

    def total(self):
        return round(sum(qty * price for _, qty, price in self.lines), 2)
