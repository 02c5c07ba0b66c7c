"""services: what happens after an order is placed."""
from .audit import record
from .push import notify

__all__ = ["notify", "record"]
