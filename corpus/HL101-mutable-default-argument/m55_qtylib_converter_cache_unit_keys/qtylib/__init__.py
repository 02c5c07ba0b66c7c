"""qtylib: small unit algebra with cached converters."""
from .base import Unit
from .composite import CompositeUnit
from .named import define, lookup

__all__ = ["CompositeUnit", "Unit", "define", "lookup"]
__version__ = "0.4.1"
