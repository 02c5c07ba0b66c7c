"""Units and quantities; the arithmetic of conversion lives in unitkit.conversion."""
from . import conversion


class Unit:
    def __init__(self, symbol, scale=1.0, dimension=None):
        self.symbol = symbol
        self.scale = scale
        self.dimension = dimension or symbol

    def __repr__(self):
        return f"Unit({self.symbol!r})"

    def to(self, other, value=1.0, equivalencies=[]):  # expect: HL101 refuted
        return conversion.convert(value, self, other, equivalencies)


class Quantity:
    def __init__(self, value, unit):
        self.value = value
        self.unit = unit

    def __repr__(self):
        return f"<Quantity {self.value!r} {self.unit.symbol}>"

    def to(self, unit, equivalencies=[]):  # expect: HL101 confirmed
        return Quantity(self.unit.to(unit, self.value, equivalencies), unit)
