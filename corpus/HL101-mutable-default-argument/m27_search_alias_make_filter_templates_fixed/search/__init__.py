"""Query building for the product catalogue."""
from .core import build as make

__all__ = ["make"]
