"""shop: cart model plus debug instrumentation."""
from .cart import Cart

__all__ = ["Cart"]
