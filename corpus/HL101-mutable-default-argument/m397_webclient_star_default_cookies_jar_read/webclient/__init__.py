"""webclient: a minimal HTTP client facade."""
from .client import fetch

__all__ = ["fetch"]
