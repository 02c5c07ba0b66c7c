"""App lists StaticConfigMixin before AutoDiscoverMixin: the chain ends in
StaticConfigMixin.__init__, AutoDiscoverMixin's never runs, and PluginHost's
default `plugins` list stays empty."""
from pluginkit.discovery import AutoDiscoverMixin
from pluginkit.host import PluginHost
from pluginkit.settings import StaticConfigMixin


class App(PluginHost, StaticConfigMixin, AutoDiscoverMixin):
    version = "2.4"
