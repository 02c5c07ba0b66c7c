"""vizlib: charts with named rc-param styles."""
from . import style
from .figure import Figure

__all__ = ["Figure", "style"]
