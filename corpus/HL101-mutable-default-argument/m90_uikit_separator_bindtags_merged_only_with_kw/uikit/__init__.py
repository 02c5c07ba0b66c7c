"""uikit: a tiny tkinter-like widget set (no real display)."""
from .widgets import *

__all__ = ["Button", "Frame", "Label", "Separator"]
