"""tracing: @traced for service methods, and the finished-span statistics."""
from .decorators import traced
from .spans import snapshot

__all__ = ["snapshot", "traced"]
