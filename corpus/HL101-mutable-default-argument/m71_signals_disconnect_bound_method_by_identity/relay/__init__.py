"""relay: in-process signals with connect/disconnect/send."""
from .dispatch import Signal

__all__ = ["Signal"]
