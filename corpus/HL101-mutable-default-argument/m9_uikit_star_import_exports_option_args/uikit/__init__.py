"""A small Tk-style widget kit."""
from .widgets import Button

__all__ = ["Button"]
