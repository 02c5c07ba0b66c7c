"""plotlite: a small matplotlib-like plotting library."""
from .figure import Figure
from .lines import Line2D
from .text import Text

__all__ = ["Figure", "Line2D", "Text"]
