"""cachepkg: small caching helpers for views."""
from .backend import LocMemBackend
from .decorators import request_cache

__all__ = ["LocMemBackend", "request_cache"]
