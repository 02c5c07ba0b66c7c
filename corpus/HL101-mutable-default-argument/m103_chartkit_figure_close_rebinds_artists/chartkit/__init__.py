"""chartkit: figures, lines and a pyplot-style state module."""
from . import pyplot
from .artists import Line
from .figure import Figure

__all__ = ["Figure", "Line", "pyplot"]
