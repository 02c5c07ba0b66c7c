"""validation: form validators for the account pages."""
from .form import validate

__all__ = ["validate"]
