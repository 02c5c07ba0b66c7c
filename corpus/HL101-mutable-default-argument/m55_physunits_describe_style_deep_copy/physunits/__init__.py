"""physunits: quantities with units and consistent display formatting."""
from .core import Quantity, Unit

__all__ = ["Quantity", "Unit"]
