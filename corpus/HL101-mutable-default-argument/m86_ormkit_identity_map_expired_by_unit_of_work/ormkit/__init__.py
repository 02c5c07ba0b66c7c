"""ormkit: sessions with an identity map, repositories and units of work."""
from .repository import Repository
from .session import Session, unit_of_work

__all__ = ["Repository", "Session", "unit_of_work"]
