"""Tab-separated output; columns missing from the header are added as seen.

`+=` on self.columns extends the base class's shared default list in place,
so every survey's question ids pile up in it.
"""
from .base import Exporter


class TabularExporter(Exporter):
    def export(self, rows):
        for row in rows:
            extra = [key for key in row if key not in self.columns]
            if extra:
                self.columns += extra
        lines = ["\t".join(self.columns)]
        for row in rows:
            lines.append("\t".join(str(row.get(col, "")) for col in self.columns))
        return "\n".join(lines)


EXPORTER = TabularExporter
