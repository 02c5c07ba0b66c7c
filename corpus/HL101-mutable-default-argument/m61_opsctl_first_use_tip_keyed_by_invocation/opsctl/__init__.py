"""opsctl: an operations shell with plugin commands."""
from .core import REGISTRY, dispatch, register
from . import plugins

__all__ = ["REGISTRY", "dispatch", "register"]
