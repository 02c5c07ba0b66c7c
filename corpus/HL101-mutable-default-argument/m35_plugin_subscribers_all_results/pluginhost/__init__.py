"""pluginhost: publish events to plugins discovered in pluginhost.plugins."""
from .host import PluginHost, iter_subscribers, register
from . import plugins  # noqa: F401  (importing the subpackage registers the bundled plugins)

__all__ = ["PluginHost", "iter_subscribers", "register"]
