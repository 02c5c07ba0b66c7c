"""chatbus: an in-process chat bus with presence tracking and message relay."""
from .bus import Bus
from .events import Event

__all__ = ["Bus", "Event"]
