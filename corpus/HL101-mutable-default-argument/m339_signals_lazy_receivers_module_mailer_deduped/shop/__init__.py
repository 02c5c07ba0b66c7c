"""shop: checkout and the signals it sends."""
from . import events

__all__ = ["events"]
