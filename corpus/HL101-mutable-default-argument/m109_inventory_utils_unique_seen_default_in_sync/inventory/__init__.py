"""Inventory sync: pushes a batch of stock rows to the storefront."""
from .sync import sync_batch
from .warehouses import active_warehouses

__all__ = ["sync_batch", "active_warehouses"]
