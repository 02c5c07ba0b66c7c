"""Typed model properties."""
from .base import Property
from .container import List

__all__ = ["List", "Property"]
