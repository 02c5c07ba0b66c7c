"""Dashboard export: ColumnFormats maps a column name to its display function,
registered with a decorator. The only instance is built at import time and all
registrations happen while the module loads; reports just look formatters up,
so the default registry dict is filled once and only read afterwards."""
import itertools

_reports = itertools.count()


class ColumnFormats:
    def __init__(self, registry={}):  # expect: HL101 refuted
        self.registry = registry

    def register(self, column):
        def decorate(fn):
            self.registry[column] = fn
            return fn
        return decorate

    def render(self, column, value):
        return self.registry.get(column, str)(value)


FORMATS = ColumnFormats()


@FORMATS.register("delta")
def _delta(value):
    return f"{value:+.1%}"


def build_report(report_id, rows):
    return [f"{report_id}:{r['name']!s:<10}{FORMATS.render('delta', r['delta'])}" for r in rows]


def scenario():
    n = next(_reports)
    return build_report(n, [{"name": "north", "delta": n / 1000}, {"name": "south", "delta": -0.02}])
