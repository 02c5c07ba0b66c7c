"""Tiny tracing API."""
from .spans import span as trace

__all__ = ["trace"]
