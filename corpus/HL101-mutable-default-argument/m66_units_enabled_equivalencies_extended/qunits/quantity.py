"""Quantities: a value with a unit."""
from .conversion import convert


class Quantity:
    def __init__(self, value, unit):
        self.value = value
        self.unit = unit

    def __repr__(self):
        return f"<Quantity {self.value!r} {self.unit.symbol}>"

    def to(self, unit):
        return Quantity(convert(self.value, self.unit, unit), unit)
