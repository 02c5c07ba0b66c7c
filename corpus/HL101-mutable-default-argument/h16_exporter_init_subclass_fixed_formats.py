"""Exporter plugins register under their format name when the class is created; a delimited exporter is rebuilt for each export."""
import itertools

FORMATS = (("psv", "|"), ("ssv", ";"), ("csv", ","))


class Exporter:
    def __init_subclass__(cls, fmt=None, registry={}, **kwargs):  # expect: HL101 refuted
        super().__init_subclass__(**kwargs)
        if fmt is not None:
            registry[fmt] = cls
        cls.registry = registry

    def export(self, rows):
        raise NotImplementedError


def make_exporter(fmt, sep):
    class DelimitedExporter(Exporter, fmt=fmt):
        def export(self, rows):
            return "\n".join(sep.join(map(str, row)) for row in rows)

    return DelimitedExporter


_exports = itertools.count()


def scenario():
    n = next(_exports)
    exporter = make_exporter(*FORMATS[n % 3])
    return exporter().export([(n, n + 1), (n + 2, n + 3)])
