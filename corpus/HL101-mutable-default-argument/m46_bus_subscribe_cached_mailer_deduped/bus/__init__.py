"""bus: a minimal in-process event bus."""
from .core import publish, subscribe

__all__ = ["publish", "subscribe"]
