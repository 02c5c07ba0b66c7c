"""cachekit: @memoized for pure functions, backed by one shared result table."""
from .decorators import memoized

__all__ = ["memoized"]
