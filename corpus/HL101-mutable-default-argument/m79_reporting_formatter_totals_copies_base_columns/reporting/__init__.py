"""reporting: plain-text tables for the monthly usage reports."""
from .render import FORMATTERS, build_report

__all__ = ["FORMATTERS", "build_report"]
