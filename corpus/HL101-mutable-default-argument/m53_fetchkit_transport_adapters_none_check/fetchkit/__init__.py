"""fetchkit: client sessions over a pluggable transport."""
from .sessions import Session
from .transport import HTTPAdapter, Transport

__all__ = ["HTTPAdapter", "Session", "Transport"]
__version__ = "1.2.0"
