"""Widgets for the admin pages."""
from .button import *  # noqa: F401,F403

__all__ = ["KINDS", "button"]
