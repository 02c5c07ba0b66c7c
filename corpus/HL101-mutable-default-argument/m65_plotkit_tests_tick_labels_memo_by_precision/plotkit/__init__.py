"""plotkit: a tiny plotting library."""
from .axis import Axis
from .ticks import format_tick, tick_values

__all__ = ["Axis", "format_tick", "tick_values"]
