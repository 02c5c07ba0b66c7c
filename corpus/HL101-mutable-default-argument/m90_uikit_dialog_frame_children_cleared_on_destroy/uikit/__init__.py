"""uikit: frames, labels and buttons rendered as text."""
from .containers import Button, Frame, Label

__all__ = ["Button", "Frame", "Label"]
