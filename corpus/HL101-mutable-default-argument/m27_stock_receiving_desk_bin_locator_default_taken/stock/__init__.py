"""Warehouse stock handling."""
from .receiving import ReceivingDesk

__all__ = ["ReceivingDesk"]
