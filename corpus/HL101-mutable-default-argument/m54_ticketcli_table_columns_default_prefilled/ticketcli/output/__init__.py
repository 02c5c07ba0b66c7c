"""Output formatters for ticket listings."""
from .base import Formatter
from .table import TableFormatter

__all__ = ["Formatter", "TableFormatter"]
