"""httpkit: a small HTTP client with sessions and pluggable transport adapters."""
from .adapters import HTTPAdapter
from .sessions import Session

__all__ = ["HTTPAdapter", "Session"]
__version__ = "0.4.2"
