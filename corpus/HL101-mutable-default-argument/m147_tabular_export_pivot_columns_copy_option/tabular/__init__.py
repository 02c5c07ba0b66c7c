"""tabular: export lists of row dicts as CSV/TSV text."""
from .export import TableExport
from .formatting import DelimitedFormatter

__all__ = ["TableExport", "DelimitedFormatter"]
