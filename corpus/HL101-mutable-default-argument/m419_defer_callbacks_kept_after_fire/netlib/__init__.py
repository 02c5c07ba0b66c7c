"""netlib: a small event-driven networking layer in the style of Twisted."""
from .defer import Deferred
from .protocol import LineReceiver

__all__ = ["Deferred", "LineReceiver"]
