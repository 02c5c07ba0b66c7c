"""graphlet: axes, lines and legends."""
from .axes import Axes, Line
from .legend import Legend

__all__ = ["Axes", "Legend", "Line"]
