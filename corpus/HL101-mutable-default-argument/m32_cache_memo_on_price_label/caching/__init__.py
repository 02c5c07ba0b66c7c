"""Process-local memoization helpers."""
from .memo import memoize as cached

__all__ = ["cached"]
