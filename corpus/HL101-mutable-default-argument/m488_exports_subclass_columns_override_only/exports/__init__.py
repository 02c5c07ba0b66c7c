"""exports: render record dicts as text tables."""
from .base import Exporter
from .csvout import CsvExporter

__all__ = ["Exporter", "CsvExporter"]
