"""Export query results in several text formats."""
from .base import Exporter
from .plugins.tabular import CsvExporter

__all__ = ["Exporter", "CsvExporter"]
