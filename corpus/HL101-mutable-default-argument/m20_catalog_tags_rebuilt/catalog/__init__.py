"""Product catalog models."""
from .base import Item
from .products import Product

__all__ = ["Item", "Product"]
