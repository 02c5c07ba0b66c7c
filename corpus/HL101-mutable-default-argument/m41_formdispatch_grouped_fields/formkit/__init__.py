"""Request-body decoding, dispatched on the Content-Type header."""
from .registry import lookup, register
from . import parsers  # noqa: F401  (fills the dispatch table at import)

__all__ = ["lookup", "register"]
