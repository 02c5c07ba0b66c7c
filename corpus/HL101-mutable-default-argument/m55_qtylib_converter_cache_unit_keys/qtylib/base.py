"""The Unit base class: a symbol, a scale to SI, and dimension exponents."""


class Unit:
    def __init__(self, symbol, scale=1.0, dims={}):  # expect: HL101 refuted
        self.symbol = symbol
        self.scale = scale
        self.dims = dims

    def __repr__(self):
        return f"Unit({self.symbol!r})"

    def _combine(self, other, sign):
        from .composite import CompositeUnit

        dims = dict(self.dims)
        for name, power in other.dims.items():
            dims[name] = dims.get(name, 0) + sign * power
        scale = self.scale * other.scale ** sign
        joiner = "*" if sign > 0 else "/"
        return CompositeUnit(f"{self.symbol}{joiner}{other.symbol}", scale, dims)

    def __mul__(self, other):
        return self._combine(other, 1)

    def __truediv__(self, other):
        return self._combine(other, -1)
