"""eventhub: in-process publish/subscribe."""
from .api import subscribe
from .registry import publish

__all__ = ["publish", "subscribe"]
