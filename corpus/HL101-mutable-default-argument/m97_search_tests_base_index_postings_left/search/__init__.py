"""search: index backends sharing one base class."""
from .base import BaseIndex
from .memory import MemoryIndex

__all__ = ["BaseIndex", "MemoryIndex"]
