"""Layered configuration helpers."""
from .errors import ConfigConflict
from .merge import deep_merge

__all__ = ["ConfigConflict", "deep_merge"]
