"""CSV export."""
import csv
import io

from core.exporter import Exporter


class CsvExporter(Exporter):
    suffix = ".csv"

    def encode(self, row):
        out = io.StringIO()
        csv.writer(out).writerow(row.values())
        return out.getvalue().rstrip("\r\n")
