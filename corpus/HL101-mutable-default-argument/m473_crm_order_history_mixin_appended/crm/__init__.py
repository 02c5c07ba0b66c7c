"""crm: order models built from small reusable mixins."""
from .orders import Order

__all__ = ["Order"]
