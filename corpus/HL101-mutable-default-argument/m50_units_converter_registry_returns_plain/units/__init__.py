"""units: measurement conversions contributed by plugin modules."""
from .registry import convert, converter, known
from . import plugins

__all__ = ["convert", "converter", "known"]
