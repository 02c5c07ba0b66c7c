"""htmlgen: tiny helpers that build HTML fragments."""
from .table import render_table, summary_row

__all__ = ["render_table", "summary_row"]
