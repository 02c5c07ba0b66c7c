"""Tiny Tk-flavoured widget toolkit."""
from .widgets import Menu

__all__ = ["Menu"]
