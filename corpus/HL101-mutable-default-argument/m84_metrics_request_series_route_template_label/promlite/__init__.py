"""promlite: counters with labels and a text exporter."""
from .exposition import render_text
from .registry import inc, series

__all__ = ["inc", "render_text", "series"]
