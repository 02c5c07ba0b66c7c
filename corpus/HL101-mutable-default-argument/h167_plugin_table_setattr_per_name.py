"""Exporter plugins: load_exporter() wraps its plugin table in a small
PluginRegistry that setattr()s each factory under the plugin's own name. The
table is a shared SimpleNamespace default, and every vendor-specific plugin
name adds a new attribute to it."""
import itertools
import types


class PluginRegistry:
    def __init__(self, table):
        self._table = table

    def register(self, name, factory):
        setattr(self._table, name, factory)
        return getattr(self._table, name)


def load_exporter(vendor, kind, options, table=types.SimpleNamespace()):  # expect: HL101 confirmed
    def factory(rows):
        return [dict(options, vendor=vendor, row=row) for row in rows]
    exporter = PluginRegistry(table).register(f"{kind}_{vendor}", factory)
    return exporter(range(2))


_vendors = itertools.count()


def scenario():
    n = next(_vendors)
    return len(load_exporter(f"acme{n}", ("csv", "json", "xml")[n % 3], {"sep": ";"}))
