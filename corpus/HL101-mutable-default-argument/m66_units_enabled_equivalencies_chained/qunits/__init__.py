"""qunits: units and quantities; spectral equivalencies are enabled by default."""
from .core import *
from .equivalencies import add_enabled, spectral
from .quantity import Quantity

nm = Unit("nm", 1e-9, "length")
um = Unit("um", 1e-6, "length")
THz = Unit("THz", 1e12, "frequency")
eV = Unit("eV", 1.602176634e-19, "energy")

add_enabled(spectral())
