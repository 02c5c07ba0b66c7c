"""unitkit: physical units and quantities with pluggable equivalencies."""
from .core import Quantity, Unit
from .conversion import UnitConversionError
from .si import Hz, J, MeV, kg, km, m, s

__all__ = ["Quantity", "Unit", "UnitConversionError", "Hz", "J", "MeV", "kg", "km", "m", "s"]
