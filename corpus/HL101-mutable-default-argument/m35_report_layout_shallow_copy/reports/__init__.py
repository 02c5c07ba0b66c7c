"""reports: plain-text reports assembled from section builders."""
from .layout import *
from .builder import ReportBuilder

__all__ = ["PageLayout", "CORPORATE", "PLAIN", "ReportBuilder"]
