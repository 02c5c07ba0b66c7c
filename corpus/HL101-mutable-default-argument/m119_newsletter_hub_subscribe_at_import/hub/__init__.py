"""hub: in-process events; subscribe() files a handler, emit() calls them."""
from .events import emit, subscribe

__all__ = ["emit", "subscribe"]
