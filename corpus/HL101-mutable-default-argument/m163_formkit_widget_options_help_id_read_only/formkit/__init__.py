"""formkit: HTML form widgets for server-rendered pages."""
from .base import Widget
from .inputs import TextInput

__all__ = ["TextInput", "Widget"]
