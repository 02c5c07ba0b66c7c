"""shop: order placement wired through a small service container."""
from .services import place_order

__all__ = ["place_order"]
