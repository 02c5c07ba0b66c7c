"""Tiny HTTP client used by internal services."""
from .client import Client

__all__ = ["Client"]
