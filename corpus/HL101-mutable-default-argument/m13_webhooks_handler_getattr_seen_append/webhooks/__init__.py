"""Incoming webhooks: handler classes declare `on_<type>` methods."""
from .routing import dispatch
from . import handlers  # noqa: F401  (registers the handler classes)

__all__ = ["dispatch"]
