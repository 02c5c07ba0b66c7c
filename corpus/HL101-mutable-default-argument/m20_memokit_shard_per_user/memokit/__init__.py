"""Tiny memoization helpers."""
from .decorators import memoize

__all__ = ["memoize"]
