"""The cart: a customer and its (sku, quantity, unit price in cents) lines."""


class Cart:
    def __init__(self, customer, lines):
        self.customer = customer
        self.lines = list(lines)

    def add(self, sku, quantity, unit_cents):
        self.lines.append((sku, quantity, unit_cents))

    def total_cents(self):
        return sum(quantity * unit for _, quantity, unit in self.lines)
