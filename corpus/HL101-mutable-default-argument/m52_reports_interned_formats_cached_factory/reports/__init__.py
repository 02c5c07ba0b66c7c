"""reports: plain-text tables for the dashboard."""
from .table import render as render_table

__all__ = ["render_table"]
