"""guikit: a small retained-mode widget toolkit."""
from .widgets import Button, Dialog, Widget

__all__ = ["Button", "Dialog", "Widget"]
