"""Units; conversions across dimensions go through equivalencies."""
from .equivalencies import enabled

__all__ = ["Unit", "UnitConversionError"]


class UnitConversionError(ValueError):
    pass


class Unit:
    def __init__(self, symbol, scale, dimension):
        self.symbol, self.scale, self.dimension = symbol, scale, dimension

    def __repr__(self):
        return f"Unit({self.symbol!r})"

    def converter_to(self, other, equivalencies):
        if self.dimension == other.dimension:
            ratio = self.scale / other.scale
            return lambda v: v * ratio
        equivalencies.extend(enabled())
        for a, b, forward, backward in equivalencies:
            if (a, b) == (self.dimension, other.dimension):
                return lambda v: forward(v * self.scale) / other.scale
            if (b, a) == (self.dimension, other.dimension):
                return lambda v: backward(v * self.scale) / other.scale
        raise UnitConversionError(f"cannot convert {self.symbol} to {other.symbol}")
