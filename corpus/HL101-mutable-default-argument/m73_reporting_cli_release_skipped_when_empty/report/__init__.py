"""report: build plain-text reports line by line."""
from .builder import add_row, begin, render
from .housekeeping import release

__all__ = ["add_row", "begin", "release", "render"]
