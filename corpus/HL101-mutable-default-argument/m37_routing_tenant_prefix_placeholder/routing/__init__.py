"""URL routing with decorator-based view registration."""

from .router import Router as Blueprint

__all__ = ["Blueprint"]
