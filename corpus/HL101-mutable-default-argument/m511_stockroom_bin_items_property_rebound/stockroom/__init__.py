"""stockroom: bins and the goods-in operations on them."""
from .models import Bin
from .ops import manifest, receive

__all__ = ["Bin", "receive", "manifest"]
