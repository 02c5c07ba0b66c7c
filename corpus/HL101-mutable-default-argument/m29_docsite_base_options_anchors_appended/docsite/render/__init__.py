"""Output formats."""
from .htmlpage import HtmlRenderer

__all__ = ["HtmlRenderer"]
