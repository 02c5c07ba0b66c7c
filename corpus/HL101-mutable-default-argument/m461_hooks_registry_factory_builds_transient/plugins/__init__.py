"""plugins: event hooks looked up by dotted name."""
from .config import PluginConfig
from .hooks import Hook

__all__ = ["Hook", "PluginConfig"]
