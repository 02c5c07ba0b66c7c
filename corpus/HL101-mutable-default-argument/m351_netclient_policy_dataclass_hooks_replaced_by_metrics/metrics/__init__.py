"""metrics: counters fed by client hooks."""
from .retries import track_retries

__all__ = ["track_retries"]
