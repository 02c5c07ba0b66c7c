"""wire: a tiny length-prefixed RPC protocol."""
from .framing import frame, unframe
from .client import Client

__all__ = ["Client", "frame", "unframe"]
