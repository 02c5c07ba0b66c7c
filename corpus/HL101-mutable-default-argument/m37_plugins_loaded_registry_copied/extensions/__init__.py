"""Text filter plugins discovered from a fixed list of modules."""

from .registry import BUILTIN_PLUGINS, load_plugins

__all__ = ["load_plugins", "BUILTIN_PLUGINS"]
