"""signals: small observer hooks for model objects."""
from .base import Signal
from .model import ModelSignal

__all__ = ["ModelSignal", "Signal"]
