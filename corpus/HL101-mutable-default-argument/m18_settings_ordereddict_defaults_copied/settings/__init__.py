"""Layered settings for request handlers."""
from .options import Options

__all__ = ["Options"]
