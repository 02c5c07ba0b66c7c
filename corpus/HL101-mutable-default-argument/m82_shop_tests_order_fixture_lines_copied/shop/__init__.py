"""shop: orders and their totals."""
from .order import Order

__all__ = ["Order"]
