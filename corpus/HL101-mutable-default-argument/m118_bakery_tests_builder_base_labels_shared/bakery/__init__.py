"""bakery: counter orders and their prices."""
from .orders import Order

__all__ = ["Order"]
