"""Invoice: lines plus tax at the region's rate."""
from .tax import tax_rate


class Invoice:
    def __init__(self, number, region, currency):
        self.number = number
        self.region = region
        self.currency = currency
        self.lines = []

    def add_line(self, label, amount):
        self.lines.append((label, amount))

    def total(self):
        net = sum(amount for _, amount in self.lines)
        gross = net * (1 + tax_rate(self.region, self.currency))
        return f"{self.number}: {gross:.2f} {self.currency}"
