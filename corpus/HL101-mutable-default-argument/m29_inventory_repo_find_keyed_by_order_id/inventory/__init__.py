"""Inventory: the shipping service and the repository it reads through."""
from .service import ship as ship_order

__all__ = ["ship_order"]
