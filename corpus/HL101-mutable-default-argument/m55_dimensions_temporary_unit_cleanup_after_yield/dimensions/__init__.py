"""dimensions: a unit registry with temporary, job-local unit definitions."""
from .unitregistry import *
from .builtin import registry

__all__ = ["DimensionalityError", "Unit", "UnitRegistry", "UndefinedUnitError", "registry"]
