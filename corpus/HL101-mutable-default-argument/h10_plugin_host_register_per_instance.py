"""Plugin host: each request builds a host and registers its plugins; register() keeps a default registry."""
import itertools


class Plugin:
    def __init__(self, name):
        self.name = name

    def run(self, payload):
        return f"{self.name}:{payload}"


class PluginHost:
    def __init__(self):
        self.active = []

    def register(self, plugin, registry={}):  # expect: HL101 confirmed
        registry[plugin.name] = plugin
        self.active.append(plugin.name)
        return plugin

    def run_all(self, payload):
        return [f"{name}:{payload}" for name in self.active]


_requests = itertools.count()


def scenario():
    n = next(_requests)
    host = PluginHost()
    host.register(Plugin(f"audit-{n}"))
    return host.run_all({"id": n})
