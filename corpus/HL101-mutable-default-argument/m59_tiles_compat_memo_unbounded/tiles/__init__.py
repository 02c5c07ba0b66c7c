"""Slippy-map tile helpers."""
from .render import tile_for

__all__ = ["tile_for"]
