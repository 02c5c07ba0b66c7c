"""Shipping cost estimation."""
from .rates import shipping_rate

__all__ = ["shipping_rate"]
