"""trackdb: append-only event records, written in batches by a session."""
from .record import Record
from .session import Session

__all__ = ["Record", "Session"]
