"""Exporters: a buffering base class and one plugin module per output format."""
from .base import Exporter

__all__ = ["Exporter"]
