from .lifecycle import PluginHost, handle
from .plugin import Plugin, registry

__all__ = ["Plugin", "PluginHost", "handle", "registry"]
