"""Preference layers for the dashboard."""
from .layers import *
from . import session

__all__ = ["DEFAULTS", "Overrides", "session"]
