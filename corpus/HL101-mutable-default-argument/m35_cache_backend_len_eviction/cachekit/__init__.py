"""cachekit: a small caching layer with pluggable storage backends."""
from .backends.memory import MemoryBackend as LocalMemoryBackend
from .client import Cache

__all__ = ["Cache", "LocalMemoryBackend"]
