"""notify: signal dispatch; connect() is also re-exported as listen()."""
from . import dispatch
from .dispatch import connect as listen

__all__ = ["dispatch", "listen"]
