"""rowpipe: streaming readers for line-oriented exports."""
from .readers import iter_rows, parse

__all__ = ["iter_rows", "parse"]
