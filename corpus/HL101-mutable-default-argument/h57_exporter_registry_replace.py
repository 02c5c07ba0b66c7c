"""Report exporters register themselves by subclassing (reporting CLI)."""
import itertools

_n = itertools.count()
SEPARATORS = {"csv": ",", "tsv": "\t", "psv": "|"}


class Exporter:
    def __init_subclass__(cls, fmt=None, registry={}, **kwargs):  # expect: HL101 refuted
        super().__init_subclass__(**kwargs)
        key = (fmt or cls.__name__).lower()
        registry[key] = cls
        Exporter.registry = registry

    def render(self, rows):
        raise NotImplementedError

    @classmethod
    def for_format(cls, fmt):
        found = cls.registry.get(fmt.lower())
        if isinstance(found, list):
            found = found[-1]
        return found()


def make_exporter(fmt):
    sep = SEPARATORS[fmt]

    class DelimitedExporter(Exporter, fmt=fmt):
        def render(self, rows):
            return "\n".join(sep.join(map(str, row)) for row in rows)

    return DelimitedExporter


def export_report(path, rows):
    fmt = path.rpartition(".")[2]
    make_exporter(fmt)
    return Exporter.for_format(fmt).render(rows)


def scenario():
    n = next(_n)
    fmt = ("csv", "tsv", "psv")[n % 3]
    return export_report(f"out/report-{n}.{fmt}", [(n, "a"), (n + 1, "b")])
