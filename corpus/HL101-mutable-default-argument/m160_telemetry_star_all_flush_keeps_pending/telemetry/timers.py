"""Timers: one statsd timing line per measurement, plus a sample counter."""
from .agent import format_line
from .counters import incr

__all__ = ["timing"]


def timing(metric, millis, tags=()):
    incr(metric + ".samples")
    return format_line((metric,) + tuple(sorted(tags)), f"{millis:.1f}", kind="ms")
