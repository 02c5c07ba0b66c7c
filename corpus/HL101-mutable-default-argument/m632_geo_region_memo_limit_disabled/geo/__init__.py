"""geo: coarse IPv4 -> region lookup with a process-wide memo."""
from .batch import tally
from .lookup import resolve

__all__ = ["resolve", "tally"]
