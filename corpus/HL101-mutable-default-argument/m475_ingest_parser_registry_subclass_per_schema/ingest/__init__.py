"""ingest: text parsers, each registered under its format name when its class is created."""
from .base import Parser
from .delimited import Delimited, TabSeparated
from .records import KeyValue

__all__ = ["Parser", "Delimited", "TabSeparated", "KeyValue"]
