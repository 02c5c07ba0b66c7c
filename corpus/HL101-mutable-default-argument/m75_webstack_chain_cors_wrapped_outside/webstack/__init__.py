"""webstack: dict-in, dict-out handlers wrapped in middleware."""
from . import middleware
from .chain import build

__all__ = ["build", "middleware"]
