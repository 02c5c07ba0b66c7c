"""measure: quantities with units, plus instrument-specific readings."""
from . import units
from .quantity import Quantity

__all__ = ["Quantity", "units"]
