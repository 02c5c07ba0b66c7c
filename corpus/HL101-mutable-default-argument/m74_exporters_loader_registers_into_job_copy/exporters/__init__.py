"""exporters: pluggable row exporters; importing the package loads the bundled plugins."""
from .registry import *
from . import csv_plugin, json_plugin
from .loader import export

__all__ = ["REGISTRY", "register", "export"]
