"""imgpipe: named filters, registered by decorator, applied in chains with cached results."""
from .registry import FILTERS, register
from .pipeline import Image, apply
from . import filters  # noqa: F401  (registers the built-in filters)

__all__ = ["FILTERS", "Image", "apply", "register"]
