"""Text tables and reports."""
from .report import render_report

__all__ = ["render_report"]
