from . import display


class Unit:
    def __init__(self, symbol, scale=1.0, kind=None):
        self.symbol = symbol
        self.scale = scale
        self.kind = kind

    def __repr__(self):
        return f"Unit({self.symbol!r})"


class Quantity:
    def __init__(self, value, unit):
        self.value = value
        self.unit = unit

    def to(self, unit):
        if unit.kind != self.unit.kind:
            raise TypeError(f"cannot express {self.unit.kind} in {unit.symbol}")
        return Quantity(self.value * self.unit.scale / unit.scale, unit)

    def describe(self, style={"digits": 4, "warnings": []}):  # expect: HL101 confirmed
        return display.render(self.value, self.unit.symbol, style)
