"""Named units, registered when qtylib is imported."""
from .base import Unit

_NAMED = {}


def define(symbol, scale=1.0, **dims):
    _NAMED[symbol] = unit = Unit(symbol, scale, dims)
    return unit


def lookup(*symbols):
    return tuple(_NAMED[symbol] for symbol in symbols)


define("m", length=1)
define("km", 1000.0, length=1)
define("s", time=1)
define("h", 3600.0, time=1)
define("kg", mass=1)
define("rad")
