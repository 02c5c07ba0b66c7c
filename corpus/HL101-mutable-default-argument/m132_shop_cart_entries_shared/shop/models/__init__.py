"""Models sub-package; __all__ decides what `from .models import *` re-exports."""
from .item import Item
from .cart import Cart

__all__ = ["Item", "Cart"]
