"""reports: tabular text reports with optional footnotes."""
from .model import Report
from .render import render_table

__all__ = ["Report", "render_table"]
