"""A small JSON wire encoder, with an optional compiled speedup."""
from .api import to_wire
from .compat import encode

__all__ = ["encode", "to_wire"]
