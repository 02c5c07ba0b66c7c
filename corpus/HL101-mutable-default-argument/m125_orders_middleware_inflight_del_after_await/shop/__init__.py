"""shop: async order service (client, handlers, middleware)."""
from .client import OrdersClient
from .middleware import dispatch

__all__ = ["OrdersClient", "dispatch"]
