"""events: an in-process pub/sub hub and the Listener base class."""
from . import hub
from .audit import AccessLog, RequestTimer

__all__ = ["hub", "AccessLog", "RequestTimer"]
