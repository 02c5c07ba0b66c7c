"""Base units and the parser for compound ones like "km/h"."""
__all__ = ["Unit", "parse", "BASE"]

BASE = {"m": (1.0, "length"), "km": (1000.0, "length"),
        "s": (1.0, "time"), "min": (60.0, "time"), "h": (3600.0, "time")}


class Unit:
    def __init__(self, symbol, scale, dimension):
        self.symbol = symbol
        self.scale = scale
        self.dimension = dimension

    def __repr__(self):
        return f"Unit({self.symbol!r})"

    def __eq__(self, other):
        return isinstance(other, Unit) and self.symbol == other.symbol

    def __hash__(self):
        return hash(self.symbol)


def parse(symbol):
    num, _, den = symbol.partition("/")
    scale, dim = BASE[num]
    if den:
        den_scale, den_dim = BASE[den]
        return Unit(symbol, scale / den_scale, (dim, den_dim))
    return Unit(symbol, scale, (dim,))
