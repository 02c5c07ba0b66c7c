from . import api
from .sessions import Session

__all__ = ["api", "Session"]
