"""promlite: labelled counters and a text exporter for them."""
from .registry import *
from . import exporter

__all__ = ["inc", "SERIES", "exporter"]
