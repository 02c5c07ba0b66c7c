"""cachekit: TTL stores and the helpers that invalidate them."""
from .invalidation import expire, flush
from .store import TTLStore

__all__ = ["TTLStore", "expire", "flush"]
