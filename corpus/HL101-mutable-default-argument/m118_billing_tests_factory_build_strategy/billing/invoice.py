from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


class Invoice:
    def __init__(self, number, customer, lines):
        self.number = number
        self.customer = customer
        self.lines = lines  # (description, qty, unit price as a string)

    def net(self):
        return sum((qty * Decimal(price) for _, qty, price in self.lines), Decimal(0))

    def gross(self, vat="0.20"):
        return (self.net() * (1 + Decimal(vat))).quantize(CENT, ROUND_HALF_UP)
