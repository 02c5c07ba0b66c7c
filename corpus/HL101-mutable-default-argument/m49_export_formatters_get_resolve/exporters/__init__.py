"""exporters: flat-file rendering of catalogue records."""
from .registry import FormatterRegistry
from .rows import format_row

__all__ = ["FormatterRegistry", "format_row"]
