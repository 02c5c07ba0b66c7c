"""Form fields with per-field options and validation errors."""
from .field import Field
from .fields import EmailField

__all__ = ["Field", "EmailField"]
