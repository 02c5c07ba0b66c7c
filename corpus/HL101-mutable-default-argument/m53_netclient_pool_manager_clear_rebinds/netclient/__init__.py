"""netclient: transport adapters backed by per-host connection pools."""
from .adapters import HTTPAdapter
from .errors import ClosedPoolError, NetClientError

__all__ = ["ClosedPoolError", "HTTPAdapter", "NetClientError"]
