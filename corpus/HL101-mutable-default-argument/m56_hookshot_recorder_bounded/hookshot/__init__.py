"""Deliver application events to subscriber webhooks."""
from .client import Dispatcher, RecordingTransport

__all__ = ["Dispatcher", "RecordingTransport"]
