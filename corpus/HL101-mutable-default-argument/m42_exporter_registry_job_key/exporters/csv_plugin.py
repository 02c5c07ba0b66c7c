import csv
import io

from .base import Exporter


class CsvExporter(Exporter, fmt="csv"):
    delimiter = ","

    def export(self, rows):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter=self.delimiter, lineterminator="\n")
        for row in rows:
            writer.writerow(row)
        return buf.getvalue()


DEFAULT_EXPORTER = CsvExporter


def exporter_factory(options):
    """Bake per-job options into a subclass, like Django's modelform_factory."""
    delimiter = options.get("delimiter") or ","
    key = "csv:%s" % options.get("job", "adhoc")

    class ConfiguredCsvExporter(CsvExporter, fmt=key):
        pass

    ConfiguredCsvExporter.delimiter = delimiter
    return ConfiguredCsvExporter
