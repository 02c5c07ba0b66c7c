from .base import Exporter


class CsvExporter(Exporter):
    """CSV exporter: a stable, sorted header taken from each record alone."""

    separator = ","

    def columns_for(self, record):
        return sorted(record)
