"""ormlite: declarative models over an in-memory table store."""
from .base import *
from .session import Session

__all__ = ["Field", "Model", "Session"]
