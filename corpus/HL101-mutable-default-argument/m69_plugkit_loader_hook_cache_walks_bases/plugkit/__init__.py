"""plugkit: class-based plugins whose hook methods are marked with @hook."""
from .markers import hook
from .base import Plugin
from .loader import hook_names, load

__all__ = ["Plugin", "hook", "hook_names", "load"]
