"""obs: structured logging helpers."""
from .adapter import ContextAdapter

__all__ = ["ContextAdapter"]
