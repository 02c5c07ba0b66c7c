"""Data export: `Exporter` holds the column list; `header()` is abstract in
the base and implemented by `CsvExporter`, which adds its per-export extra
columns. The exporter was built from the classmethod `with_extras()` without
columns, but `header()` rebinds the attribute to a concatenated new list, so
the default list is only read and never grows."""
import itertools

_exports = itertools.count()


class Exporter:
    def __init__(self, columns, extras):
        self.columns = columns
        self.extras = extras

    @classmethod
    def with_extras(cls, extras, columns=[]):  # expect: HL101 refuted
        return cls(columns, extras)

    def header(self):
        raise NotImplementedError


class CsvExporter(Exporter):
    def header(self):
        self.columns = self.columns + self.extras
        return ",".join(["id", "name"] + self.columns)


def scenario():
    n = next(_exports)
    exp = CsvExporter.with_extras([f"region_{n}", f"quarter_{n % 4}"])
    return exp.header()
