"""User notifications: one API, pluggable delivery backends."""
from .api import notify
from .backends import *

__all__ = ["notify", "MemoryBackend", "NullBackend"]
