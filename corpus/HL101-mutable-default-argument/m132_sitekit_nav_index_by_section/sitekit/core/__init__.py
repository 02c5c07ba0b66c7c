"""Core helpers shared across sitekit, re-exported."""
from .registry import remember

__all__ = ["remember"]
