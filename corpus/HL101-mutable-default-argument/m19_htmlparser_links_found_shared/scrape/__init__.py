"""HTML scraping helpers built on html.parser."""
from .links import LinkCollector

__all__ = ["LinkCollector"]
