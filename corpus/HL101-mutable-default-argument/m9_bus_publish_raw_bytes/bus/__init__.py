"""Message bus client."""
from .client import publish

__all__ = ["publish"]
