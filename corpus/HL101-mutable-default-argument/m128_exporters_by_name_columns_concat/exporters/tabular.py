"""Tab-separated output; columns missing from the header are added as seen.

`self.columns + extra` builds a new list and rebinds the attribute, so the
base class's shared default list stays empty.
"""
from .base import Exporter


class TabularExporter(Exporter):
    def export(self, rows):
        for row in rows:
            extra = [key for key in row if key not in self.columns]
            if extra:
                self.columns = self.columns + extra
        lines = ["\t".join(self.columns)]
        for row in rows:
            lines.append("\t".join(str(row.get(col, "")) for col in self.columns))
        return "\n".join(lines)


EXPORTER = TabularExporter
