"""Comma-separated output."""
from ..base import *


class Plugin(Exporter):
    sep = ","
