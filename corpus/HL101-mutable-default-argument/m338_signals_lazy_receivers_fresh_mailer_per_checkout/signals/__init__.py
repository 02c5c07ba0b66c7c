"""signals: named hooks with ordered, de-duplicated receivers."""
from .dispatch import Signal, connect

__all__ = ["Signal", "connect"]
