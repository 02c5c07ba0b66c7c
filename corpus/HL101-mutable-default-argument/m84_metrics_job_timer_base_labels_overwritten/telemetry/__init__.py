"""telemetry: timers with label sets, formatted as StatsD lines into a buffer."""
from .labels import LabelSet
from .timing import timed

__all__ = ["LabelSet", "timed"]
