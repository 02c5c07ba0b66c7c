"""CSV export plugin."""
import csv
import io

from .base import Plugin


class CsvPlugin(Plugin):
    def __init__(self, name, columns, delimiter=","):
        super().__init__(name, columns)
        self.delimiter = delimiter

    def render(self, rows):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=self.delimiter, lineterminator="\n")
        writer.writerow(self.columns)
        writer.writerows(self.apply_hooks(list(row)) for row in rows)
        return buffer.getvalue()
