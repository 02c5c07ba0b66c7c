"""trellis: request parsing helpers."""
from .query import parse_query
from .request import Request

__all__ = ["Request", "parse_query"]
