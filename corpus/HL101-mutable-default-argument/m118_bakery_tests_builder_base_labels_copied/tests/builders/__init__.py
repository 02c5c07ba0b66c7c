"""Fluent builders for test data."""
from .orders import OrderBuilder

__all__ = ["OrderBuilder"]
