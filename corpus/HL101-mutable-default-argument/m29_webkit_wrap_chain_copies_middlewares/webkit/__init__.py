"""A very small WSGI-like toolkit."""
from . import plugins
from .app import wrap

__all__ = ["plugins", "wrap"]
