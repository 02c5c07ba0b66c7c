"""exporters: one Exporter subclass per output format, looked up by name."""
from . import markup, tabular  # noqa: F401  (importing registers the formats)
from .base import Exporter

__all__ = ["Exporter", "get_exporter"]


def get_exporter(fmt):
    return Exporter.registry[fmt]()
