"""db: a tiny session with nested savepoints."""
from .session import Session
from .tx import savepoint

__all__ = ["Session", "savepoint"]
