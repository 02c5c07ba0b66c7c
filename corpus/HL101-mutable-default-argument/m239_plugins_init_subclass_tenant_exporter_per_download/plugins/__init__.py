"""Report exporters: one class per output format, plus per-tenant flavours."""
from .base import Exporter
from .builtin import CsvExporter, JsonExporter

__all__ = ["Exporter", "CsvExporter", "JsonExporter"]
