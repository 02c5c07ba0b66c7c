"""reqlite: a small requests-style client for offline services."""
from .models import Request, Response
from .sessions import Session

__all__ = ["Request", "Response", "Session"]
