"""Length units used across the catalogue."""
from .core import Unit

METRE = Unit("m", 1.0, "length")
KILOMETRE = Unit("km", 1.0e3, "length")
ASTRONOMICAL_UNIT = Unit("au", 1.495978707e11, "length")
LIGHT_YEAR = Unit("ly", 9.4607304725808e15, "length")
PARSEC = Unit("pc", 3.0856775814913673e16, "length")
