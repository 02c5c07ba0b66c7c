"""Generic views."""
from webkit.views.base import TemplateView

__all__ = ["TemplateView"]
