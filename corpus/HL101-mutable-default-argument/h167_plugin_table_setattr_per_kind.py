"""Exporter plugins: load_exporter() wraps its plugin table in a small
PluginRegistry that setattr()s each factory under the export kind. The table
is a shared SimpleNamespace default, but there are only three kinds, so each
new factory replaces the previous one of its kind."""
import itertools
import types


class PluginRegistry:
    def __init__(self, table):
        self._table = table

    def register(self, name, factory):
        setattr(self._table, name, factory)
        return getattr(self._table, name)


def load_exporter(vendor, kind, options, table=types.SimpleNamespace()):  # expect: HL101 refuted
    def factory(rows):
        return [dict(options, vendor=vendor, row=row) for row in rows]
    exporter = PluginRegistry(table).register(kind, factory)
    return exporter(range(2))


_vendors = itertools.count()


def scenario():
    n = next(_vendors)
    return len(load_exporter(f"acme{n}", ("csv", "json", "xml")[n % 3], {"sep": ";"}))
