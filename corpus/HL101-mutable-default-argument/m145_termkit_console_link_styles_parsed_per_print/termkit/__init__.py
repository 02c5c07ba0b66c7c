"""termkit: print styled text to a terminal or any file-like object."""
from .console import Console
from .style import parse_style

__all__ = ["Console", "parse_style"]
