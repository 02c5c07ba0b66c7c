"""crontab: periodic and one-shot jobs, run by a tick-driven scheduler."""
from .registry import *
from .scheduler import tick

__all__ = ["Job", "JOBS", "every", "once", "tick"]
