"""httpkit: a transport-pluggable HTTP client in the style of requests."""
from .adapters import HTTPAdapter
from .sessions import Session

__all__ = ["HTTPAdapter", "Session"]
