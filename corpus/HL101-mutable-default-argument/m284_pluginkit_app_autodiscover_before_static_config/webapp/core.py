"""App lists AutoDiscoverMixin before StaticConfigMixin: its __init__ runs
and appends each tenant's plugin to PluginHost's default `plugins` list."""
from pluginkit.discovery import AutoDiscoverMixin
from pluginkit.host import PluginHost
from pluginkit.settings import StaticConfigMixin


class App(PluginHost, AutoDiscoverMixin, StaticConfigMixin):
    version = "2.4"
