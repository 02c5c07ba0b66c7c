"""Navigation helpers, re-exported."""
from .builder import build_nav

__all__ = ["build_nav"]
