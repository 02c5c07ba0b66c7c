class Cart:
    """Order lines as (sku, qty, unit price in cents)."""

    def __init__(self, currency, lines=[]):  # expect: HL101 confirmed
        self.currency = currency
        self.lines = lines

    def add(self, sku, qty, price):
        self.lines.append((sku, qty, price))

    def total(self):
        return sum(qty * price for _, qty, price in self.lines)
