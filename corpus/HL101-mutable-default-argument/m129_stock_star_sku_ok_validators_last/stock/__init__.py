"""stock: goods-in for the warehouse."""
from .receiving import receive

__all__ = ["receive"]
