"""ratelimit: the @limit(route) decorator and its hit counters."""
from .decorators import limit

__all__ = ["limit"]
