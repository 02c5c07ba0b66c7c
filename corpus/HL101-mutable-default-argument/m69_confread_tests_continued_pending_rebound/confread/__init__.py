"""confread: read the logical lines of INI-like configuration files."""
from .base import LineReader
from .continued import ContinuedLineReader

__all__ = ["LineReader", "ContinuedLineReader"]
