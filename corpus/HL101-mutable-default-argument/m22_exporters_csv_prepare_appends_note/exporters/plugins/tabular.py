"""Comma-separated output for spreadsheets."""
from ..base import Exporter


class CsvExporter(Exporter):
    separator = ","

    def prepare(self, notes):
        notes.append(f"table {self.table}: {len(self.rows)} rows")
        return notes
