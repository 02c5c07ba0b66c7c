"""CSV exporter plugin."""
from .registry import register


class CsvExporter:
    def __init__(self, columns, sep=","):
        self.columns = columns
        self.sep = sep

    def render(self, rows):
        lines = [self.sep.join(self.columns)]
        lines += [self.sep.join(str(row[col]) for col in self.columns) for row in rows]
        return "\n".join(lines)


register("csv", CsvExporter)
register("tsv", lambda columns: CsvExporter(columns, sep="\t"))
