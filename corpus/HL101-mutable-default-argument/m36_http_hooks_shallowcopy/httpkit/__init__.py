"""httpkit: sessions, transport adapters and event hooks."""
from .hooks import HOOKS, default_hooks
from .sessions import Session

__all__ = ["HOOKS", "Session", "default_hooks"]
