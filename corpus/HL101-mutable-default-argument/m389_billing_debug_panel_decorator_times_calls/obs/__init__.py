"""Observability helpers shared by the app's modules."""
from .decorators import debug_panel

__all__ = ["debug_panel"]
