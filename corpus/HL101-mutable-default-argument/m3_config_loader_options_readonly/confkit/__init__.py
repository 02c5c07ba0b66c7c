"""Config loading."""
from .limits import clamp
from .loader import parse

__all__ = ["clamp", "parse"]
