"""shellkit: a small line-oriented shell with pluggable commands."""
from .core import REGISTRY, after_command, dispatch, register
from . import plugins

__all__ = ["REGISTRY", "after_command", "dispatch", "register"]
