"""Turn report values into JSON-ready structures."""
from .registry import encode, encoder
from . import handlers as _handlers  # noqa: F401  registers the built-in encoders

__all__ = ["encode", "encoder"]
