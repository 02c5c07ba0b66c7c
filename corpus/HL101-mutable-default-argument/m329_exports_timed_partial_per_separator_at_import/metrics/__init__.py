"""metrics: lightweight in-process instrumentation."""
from .timing import timed

__all__ = ["timed"]
