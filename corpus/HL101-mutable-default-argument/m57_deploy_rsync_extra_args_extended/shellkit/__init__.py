"""Helpers for building shell command lines; uses the native quoting module if present."""
try:
    from ._native import quote
except ImportError:
    from .quoting import quote

from . import argv

__all__ = ["argv", "quote"]
