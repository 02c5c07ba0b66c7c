"""Plugin loading: a plugin keeps the hook list it was built with, and the
manager that registers it attaches its announce callback to that list
in place."""
import itertools

_ids = itertools.count()


class Plugin:
    def __init__(self, name, hooks=[]):  # expect: HL101 confirmed
        self.name = name
        self.hooks = hooks


class PluginManager:
    def __init__(self, app):
        self.app = app
        self.plugins = {}

    def _announce(self, plugin):
        return f"{self.app}: loaded {plugin.name}"

    def register(self, plugin):
        plugin.hooks.append(self._announce)
        self.plugins[plugin.name] = plugin
        return [hook(plugin) for hook in plugin.hooks[-1:]]


def scenario():
    n = next(_ids)
    manager = PluginManager(f"worker-{n}")
    return manager.register(Plugin(f"exporter_{n}"))
