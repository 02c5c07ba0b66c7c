"""In-process event hooks."""
from .registry import emit, on

__all__ = ["emit", "on"]
