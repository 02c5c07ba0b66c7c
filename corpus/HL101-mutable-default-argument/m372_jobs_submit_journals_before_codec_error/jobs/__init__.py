"""jobs: a tiny task queue; payloads travel as JSON through an in-process broker."""
from .queue import SubmitError, submit
from .broker import Broker

__all__ = ["Broker", "SubmitError", "submit"]
