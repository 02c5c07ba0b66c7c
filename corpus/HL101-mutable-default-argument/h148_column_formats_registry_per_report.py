"""Dashboard export: ColumnFormats maps a column name to its display function,
registered with a decorator. Each report builds its own ColumnFormats() and
registers a formatter for its computed delta column, named after the report;
all instances share the default registry dict, which keeps every report's
closure."""
import itertools

_reports = itertools.count()


class ColumnFormats:
    def __init__(self, registry={}):  # expect: HL101 confirmed
        self.registry = registry

    def register(self, column):
        def decorate(fn):
            self.registry[column] = fn
            return fn
        return decorate

    def render(self, column, value):
        return self.registry.get(column, str)(value)


def build_report(report_id, rows):
    formats = ColumnFormats()
    delta_col = f"delta_{report_id}"

    @formats.register(delta_col)
    def _delta(value):
        return f"{value:+.1%}"

    return [f"{r['name']!s:<10}{formats.render(delta_col, r['delta'])}" for r in rows]


def scenario():
    n = next(_reports)
    return build_report(n, [{"name": "north", "delta": n / 1000}, {"name": "south", "delta": -0.02}])
