"""PluginHost: keeps the plugin list, then hands the options up the chain."""
from pluginkit.component import Component


class PluginHost(Component):
    def __init__(self, plugins=[], **options):  # expect: HL101 confirmed
        self.plugins = plugins
        super().__init__(**options)
