"""Plain-text report rendering."""
from .table import render_table

__all__ = ["render_table"]
