"""XML export: column names become element names."""
import re

from core.exporter import Exporter


class XmlExporter(Exporter):
    suffix = ".xml"

    @staticmethod
    def tag(column):
        return re.sub(r"\W+", "_", column).strip("_") or "col"

    def accepts(self, row):
        return all(column.isidentifier() for column in row)

    def encode(self, row):
        cells = "".join(f"<{self.tag(k)}>{v}</{self.tag(k)}>" for k, v in row.items())
        return f"<row>{cells}</row>"
