"""Storage handles (in-memory stand-ins for pooled connections)."""
from .handles import Handle

__all__ = ["Handle"]
