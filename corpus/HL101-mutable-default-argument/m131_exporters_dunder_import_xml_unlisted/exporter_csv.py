"""CSV exporter, loaded as __import__("exporter_" + "csv")."""
from export_base import Exporter


class CsvExporter(Exporter):
    kind = "csv"

    def export(self, rows):
        cols = sorted((self.register("id"), self.register("total")))
        lines = [",".join(str(c) for c in cols)]
        lines += [f"{r['id']},{r['total']}" for r in rows]
        return "\n".join(lines)


EXPORTER = CsvExporter()
