"""Temperature units and conversion."""
from .convert import to_kelvin
from .kinds import Unit

__all__ = ["Unit", "to_kelvin"]
