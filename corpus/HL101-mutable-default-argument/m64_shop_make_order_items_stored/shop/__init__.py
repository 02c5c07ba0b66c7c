"""Shop application: order services, checkout flow and their tests."""
from .services import Order, make_order

__all__ = ["Order", "make_order"]
