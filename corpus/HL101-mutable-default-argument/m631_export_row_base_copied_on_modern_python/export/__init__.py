"""export: nested records to flat dotted-key rows."""
from .csvout import csv_rows
from .rows import to_row

__all__ = ["to_row", "csv_rows"]
