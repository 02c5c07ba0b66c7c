"""Minimal retained-mode widget toolkit."""
from .base import Menu

__all__ = ["Menu"]
