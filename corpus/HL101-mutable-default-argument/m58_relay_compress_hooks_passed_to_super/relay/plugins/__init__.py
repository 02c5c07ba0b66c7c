"""Plugins shipped with relay."""
from .builtin import Compress, ServerHeader

__all__ = ["Compress", "ServerHeader"]
