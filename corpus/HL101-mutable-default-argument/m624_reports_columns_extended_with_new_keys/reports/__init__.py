"""reports: fixed-width tables and CSV export sharing one column helper."""
from .export import to_csv
from .table import render

__all__ = ["render", "to_csv"]
