"""Observability helpers."""
from .timing import timed

__all__ = ["timed"]
