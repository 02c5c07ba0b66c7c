"""Exporter plugins."""
from .base import Exporter
from .factory import make_exporter

__all__ = ["Exporter", "make_exporter"]
