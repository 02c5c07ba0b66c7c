"""fetchkit: builds HTTP requests from a Settings object (fetchkit.settings.DEFAULTS by default)."""
from .client import fetch

__all__ = ["fetch"]
