"""scheduler: business-day calendars and the release planner."""
from .calendars import *  # noqa: F403  (calendars.__all__)
from . import planner, regions

__all__ = ["Calendar", "planner", "regions"]
