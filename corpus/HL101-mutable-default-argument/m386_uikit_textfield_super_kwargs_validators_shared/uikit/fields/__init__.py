"""Field types."""
from .base import Field
from .text import TextField

__all__ = ["Field", "TextField"]
