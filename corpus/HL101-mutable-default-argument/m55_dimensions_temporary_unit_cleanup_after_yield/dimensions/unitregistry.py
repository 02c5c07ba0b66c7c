from contextlib import contextmanager

from .errors import DimensionalityError, UndefinedUnitError
from .unit import Unit

__all__ = ["DimensionalityError", "Unit", "UnitRegistry", "UndefinedUnitError"]


class UnitRegistry:
    def __init__(self, definitions={}):  # expect: HL101 confirmed
        self._defs = definitions

    def define(self, symbol, scale, base):
        root = self[base] if base != symbol else Unit(symbol)
        unit = self._defs[symbol] = Unit(symbol, scale * root.scale, root.base)
        return unit

    def __getitem__(self, symbol):
        try:
            return self._defs[symbol]
        except KeyError:
            raise UndefinedUnitError(symbol) from None

    def convert(self, value, src, dst):
        a, b = self[src], self[dst]
        if a.base != b.base:
            raise DimensionalityError(f"{src} ({a.base}) vs {dst} ({b.base})")
        return value * a.scale / b.scale

    @contextmanager
    def temporary(self, symbol, scale, base):
        yield self.define(symbol, scale, base)
        del self._defs[symbol]
