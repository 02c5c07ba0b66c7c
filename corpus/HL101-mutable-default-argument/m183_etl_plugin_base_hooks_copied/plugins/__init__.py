"""Export plugins: one class per output format."""
from .base import Plugin
from .csv_plugin import CsvPlugin

__all__ = ["Plugin", "CsvPlugin"]
