"""Process-wide gauges, read by the /metrics endpoint."""
from .registry import read_gauges, set_gauge

__all__ = ["read_gauges", "set_gauge"]
