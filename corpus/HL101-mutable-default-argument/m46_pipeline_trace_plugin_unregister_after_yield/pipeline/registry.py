"""Plugin registry for the request pipeline: plugins run in name order."""


class PluginRegistry:
    def __init__(self, plugins={}):  # expect: HL101 confirmed
        self.plugins = plugins

    def register(self, name, plugin):
        self.plugins[name] = plugin
        return plugin

    def unregister(self, name):
        return self.plugins.pop(name, None)

    def run(self, request):
        for name in sorted(self.plugins):
            request = self.plugins[name](request) or request
        return request


default_registry = PluginRegistry()
register = default_registry.register
unregister = default_registry.unregister
run = default_registry.run
