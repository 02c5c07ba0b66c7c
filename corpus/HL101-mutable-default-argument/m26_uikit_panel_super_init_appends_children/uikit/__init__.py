"""Minimal widget toolkit."""
from .label import Label
from .panel import Panel

__all__ = ["Label", "Panel"]
