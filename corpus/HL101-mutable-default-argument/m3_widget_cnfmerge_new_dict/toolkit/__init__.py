"""A tiny tkinter-like toolkit."""
from .base import BaseWidget
from .widgets import Button, Frame, Label

__all__ = ["BaseWidget", "Button", "Frame", "Label"]
