"""Generator stages chained by the caller: parse -> dedupe -> sink."""
from .sources import parse_lines
from .stages import unique_by as dedupe

__all__ = ["parse_lines", "dedupe"]
