"""Cart operations, re-exported for the service layer."""
from .basket import open_cart, add_item

__all__ = ["open_cart", "add_item"]
