"""An order: a customer and its lines of (sku, qty, unit price in cents)."""


class Order:
    def __init__(self, customer, lines):
        self.customer = customer
        self.lines = list(lines)  # copied, so the caller keeps its list

    def add(self, sku, qty, unit_price):
        self.lines.append((sku, qty, unit_price))
        return self

    def total(self):
        return sum(qty * price for _, qty, price in self.lines)
