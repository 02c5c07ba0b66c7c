"""logkit: a small logging layer whose handlers stamp records with request context."""
from .handler import Handler
from .stream import ContextFilter, ContextStreamHandler

__all__ = ["Handler", "ContextFilter", "ContextStreamHandler"]
