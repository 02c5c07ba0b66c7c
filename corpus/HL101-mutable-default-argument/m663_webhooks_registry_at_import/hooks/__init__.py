"""hooks: a tiny callback registry shared by the application."""
from .registry import on, emit

__all__ = ["on", "emit"]
