"""cart: shopping cart model and factory."""
from .factory import new_cart
from .model import Cart

__all__ = ["Cart", "new_cart"]
