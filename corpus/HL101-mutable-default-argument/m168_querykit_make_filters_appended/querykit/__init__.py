"""querykit: tiny SQL SELECT builder for tenant-scoped tables."""
from .core import build as make

__all__ = ["make"]

__version__ = "0.4.1"
