"""ormkit: sessions with an identity map, and repositories on top of them."""
from .repository import Repository
from .session import Session

__all__ = ["Repository", "Session"]
