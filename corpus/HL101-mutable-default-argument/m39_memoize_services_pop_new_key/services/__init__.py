"""Service layer; each module exposes a few memoized lookups."""
from .pricing import *  # noqa: F401,F403
from . import geo

__all__ = ["quote", "geo"]
