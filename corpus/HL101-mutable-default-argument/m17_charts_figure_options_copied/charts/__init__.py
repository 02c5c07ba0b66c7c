"""charts: tiny SVG chart builder used by the dashboards."""
from .factory import bar_chart, line_chart

__all__ = ["bar_chart", "line_chart"]
