"""Observability helpers."""
from .handlers import RecentRecords
from .setup import install

__all__ = ["RecentRecords", "install"]
