"""shoputil: small helpers shared by the shop modules."""
from .registry import get_registry

__all__ = ["get_registry"]
