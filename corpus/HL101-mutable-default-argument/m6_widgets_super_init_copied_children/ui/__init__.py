from .base import Widget
from .containers import Label, Panel

__all__ = ["Label", "Panel", "Widget"]
