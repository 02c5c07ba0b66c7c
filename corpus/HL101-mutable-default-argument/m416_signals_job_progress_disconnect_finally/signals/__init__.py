"""signals: a tiny observer/dispatch package in the style of Django signals."""
from .dispatcher import Signal

__all__ = ["Signal"]
