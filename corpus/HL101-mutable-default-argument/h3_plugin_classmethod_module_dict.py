"""Exporter plugins register themselves in a module-level dict through a classmethod."""
import itertools

PLUGINS = {}


class Exporter:
    name = "base"

    @classmethod
    def register(cls, plugin, _registry=PLUGINS):  # expect: HL101 confirmed
        _registry[plugin.name] = plugin
        return cls

    def export(self, rows):
        return [f"{self.name}:{row}" for row in rows]


_formats = itertools.count()


def scenario():
    n = next(_formats)
    plugin = type(f"Fmt{n}", (Exporter,), {"name": f"fmt-{n}"})()
    Exporter.register(plugin)
    plugin.export([n, n + 1])
