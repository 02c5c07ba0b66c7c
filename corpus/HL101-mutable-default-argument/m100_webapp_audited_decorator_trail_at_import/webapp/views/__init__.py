"""Views, one module per resource."""
from . import health, orders

__all__ = ["health", "orders"]
