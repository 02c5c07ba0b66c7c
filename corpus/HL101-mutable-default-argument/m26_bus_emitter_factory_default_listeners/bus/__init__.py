"""Synchronous event bus."""
from .factory import broadcast, make_emitter

__all__ = ["broadcast", "make_emitter"]
