"""uikit: a small HTML widget toolkit."""
from .label import Label
from .widget import Widget

__all__ = ["Label", "Widget"]
