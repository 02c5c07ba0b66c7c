"""Tiny database client: connections opened through per-session pools."""
from .connection import Connection
from .session import Session

__all__ = ["Connection", "Session"]
