from .currency import Currency


class Money:
    """An amount in minor units (cents) of one currency."""

    def __init__(self, minor, code):
        self.minor = minor
        self.currency = Currency(code)

    def __add__(self, other):
        if other.currency.code != self.currency.code:
            raise ValueError("currency mismatch")
        return Money(self.minor + other.minor, self.currency.code)

    def format(self):
        units = self.currency.minor_units
        return f"{self.minor / 10 ** units:.{units}f} {self.currency.code}"
