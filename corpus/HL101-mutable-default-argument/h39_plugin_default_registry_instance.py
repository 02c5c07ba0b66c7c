"""Plugin loader: load_plugin() registers into a default PluginRegistry instance whose register() appends to self.entries."""
import itertools


class PluginRegistry:
    def __init__(self):
        self.entries = []

    def register(self, name, factory):
        self.entries.append((name, factory))
        return len(self.entries)

    def latest(self):
        return self.entries[-1][1]()


def load_plugin(name, registry=PluginRegistry()):  # expect: HL101 confirmed
    registry.register(name, lambda: {"plugin": name, "ok": True})
    return registry.latest()


_plugins = itertools.count()


def scenario():
    n = next(_plugins)
    return load_plugin(f"ext_{n}")["plugin"]
