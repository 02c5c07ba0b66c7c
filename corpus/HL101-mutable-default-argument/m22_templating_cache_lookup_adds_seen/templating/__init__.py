"""Minimal templates with {% include %} support."""
from .loader import Loader

__all__ = ["Loader"]
