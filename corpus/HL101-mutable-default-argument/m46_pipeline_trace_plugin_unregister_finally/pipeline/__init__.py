"""pipeline: request processing with pluggable steps."""
from .registry import PluginRegistry, register, run, unregister

__all__ = ["PluginRegistry", "register", "run", "unregister"]
