"""hookman: a pluggy-style hook collector for a test runner."""
from .manager import PluginManager
from .markers import HookImpl, hookimpl

__all__ = ["HookImpl", "PluginManager", "hookimpl"]
