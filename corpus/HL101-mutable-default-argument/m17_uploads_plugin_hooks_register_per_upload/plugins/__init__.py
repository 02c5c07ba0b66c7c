"""Bundled upload plugins; importing a submodule registers its hooks."""
from . import audit, webhooks
from .webhooks import subscribe

__all__ = ["audit", "webhooks", "subscribe"]
