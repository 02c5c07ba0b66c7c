"""Bundled media plugins."""
from . import images

__all__ = ["images"]
