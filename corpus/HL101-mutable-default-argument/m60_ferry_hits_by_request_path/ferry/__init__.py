"""ferry: regex routing with a middleware chain."""
from .routing import App

__all__ = ["App"]
