"""Counter orders: lines of (sku, qty), priced in cents; labels mark special handling."""
PRICES = {"croissant": 180, "baguette": 120, "tart": 450}
WHOLESALE_QTY = 24


class Order:
    def __init__(self, customer, lines, labels):
        self.customer = customer
        self.lines = lines
        self.labels = labels

    def total(self):
        cents = sum(PRICES[sku] * qty for sku, qty in self.lines)
        if sum(qty for _, qty in self.lines) >= WHOLESALE_QTY:
            cents = cents * 9 // 10
        return cents

    def is_gift(self):
        return "gift" in self.labels
