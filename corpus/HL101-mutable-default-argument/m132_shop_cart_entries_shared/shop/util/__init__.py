"""Small helpers shared by the shop modules."""
from .money import cents, order_id

__all__ = ["cents", "order_id"]
