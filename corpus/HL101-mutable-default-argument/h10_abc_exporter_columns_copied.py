"""Exporters: an abstract base renders rows; the column list default is copied before the header is extended."""
import abc
import itertools


class Exporter(abc.ABC):
    def render(self, rows, columns=["id", "name"]):  # expect: HL101 refuted
        cols = list(columns)
        cols.append("exported_by")
        lines = [self.join(cols)]
        lines.extend(self.join([str(r.get(c, self.who)) for c in cols]) for r in rows)
        return "\n".join(lines)

    @abc.abstractmethod
    def join(self, cells):
        ...


class CsvExporter(Exporter):
    who = "csv"

    def join(self, cells):
        return ",".join(cells)


_batches = itertools.count()


def scenario():
    n = next(_batches)
    rows = [{"id": n, "name": f"user{n}"}, {"id": n + 1, "name": f"user{n + 1}"}]
    return CsvExporter().render(rows)
