"""uikit: widgets for server-rendered admin pages."""
from .buttons import Button
from .widgets import Widget

__all__ = ["Button", "Widget"]
