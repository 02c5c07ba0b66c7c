"""Signal dispatch: framework-wide signals are created at import time."""

from .dispatcher import Signal

request_started = Signal("request_started")
request_finished = Signal("request_finished")

__all__ = ["Signal", "request_started", "request_finished"]
