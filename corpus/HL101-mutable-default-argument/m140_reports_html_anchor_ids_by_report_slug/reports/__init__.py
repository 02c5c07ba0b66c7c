"""reports: render a Report as an HTML page or as plain text."""
from .base import Renderer, Report
from .htmlpage import HtmlRenderer
from .plaintext import TextRenderer

__all__ = ["Report", "Renderer", "HtmlRenderer", "TextRenderer"]
