"""Incoming webhook processing: handlers register themselves on import."""
from .registry import HANDLERS, dispatch
from . import handlers  # noqa: F401  (fills HANDLERS)

__all__ = ["HANDLERS", "dispatch"]
