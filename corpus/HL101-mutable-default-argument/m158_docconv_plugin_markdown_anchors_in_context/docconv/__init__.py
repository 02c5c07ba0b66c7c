"""docconv: convert help-centre articles to HTML.

Each markup format is a plugin module in docconv.plugins, loaded by name on
first use.
"""
from .registry import convert, load

__all__ = ["convert", "load"]

__version__ = "1.2.0"
