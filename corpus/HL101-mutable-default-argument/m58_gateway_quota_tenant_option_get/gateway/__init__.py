"""gateway: request admission with pluggable policies."""
from . import manager
from .manager import *  # noqa: F401,F403

__all__ = list(manager.__all__)
