"""metrics: in-process collectors exported in the text exposition format."""
from .core import Summary
from .web import REQUEST_LATENCY, LatencySummary

__all__ = ["Summary", "LatencySummary", "REQUEST_LATENCY"]
