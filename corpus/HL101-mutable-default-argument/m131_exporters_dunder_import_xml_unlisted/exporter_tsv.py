"""TSV exporter, loaded as __import__("exporter_" + "tsv")."""
from export_base import Exporter


class TsvExporter(Exporter):
    kind = "tsv"

    def export(self, rows):
        self.register("id")
        self.register("total")
        return "\n".join(f"{r['id']}\t{r['total']}" for r in rows)


EXPORTER = TsvExporter()
