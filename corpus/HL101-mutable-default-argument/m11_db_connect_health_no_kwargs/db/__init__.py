"""Tiny database layer."""
from .engine import connect

__all__ = ["connect"]
