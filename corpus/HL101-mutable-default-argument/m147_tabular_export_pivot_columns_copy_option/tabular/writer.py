"""RowWriter: one delimited line per row, each cell quoted by the formatter."""
from .formatting import DelimitedFormatter


class RowWriter:
    def __init__(self, delimiter=",", missing=""):
        self.formatter = DelimitedFormatter(delimiter)
        self.missing = missing
        self._cell = self.formatter.cell

    def header(self, columns):
        return self.formatter.join(self._cell(name) for name in columns)

    def row(self, row, columns):
        return self.formatter.join(self._cell(row.get(name, self.missing)) for name in columns)
