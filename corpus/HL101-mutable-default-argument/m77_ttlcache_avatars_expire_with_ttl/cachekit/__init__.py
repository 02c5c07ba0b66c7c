"""cachekit: a process-wide TTL table and its maintenance helpers."""
from . import invalidate
from .store import remember

__all__ = ["invalidate", "remember"]
