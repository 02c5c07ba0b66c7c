"""Metrics package: re-exports the collector's record() under the public name track."""
from .collector import record as track

__all__ = ["track"]
