"""Scale conversion between units, across dimensions through equivalencies."""
C = 299792458.0
H = 6.62607015e-34
K_B = 1.380649e-23

DEFAULT_EQUIVALENCIES = [
    ("mass", "energy", C * C),
    ("frequency", "energy", H),
    ("length", "time", 1 / C),
    ("energy", "temperature", 1 / K_B),
]


class UnitConversionError(ValueError):
    pass


def _with_defaults(equivalencies):
    equivalencies = equivalencies + DEFAULT_EQUIVALENCIES
    return equivalencies


def convert(value, src, dst, equivalencies):
    if src.dimension == dst.dimension:
        return value * src.scale / dst.scale
    pair = (src.dimension, dst.dimension)
    for a, b, factor in _with_defaults(equivalencies):
        if pair == (a, b):
            return value * src.scale * factor / dst.scale
        if pair == (b, a):
            return value * src.scale / factor / dst.scale
    raise UnitConversionError(f"{src.symbol} and {dst.symbol} are not convertible")
