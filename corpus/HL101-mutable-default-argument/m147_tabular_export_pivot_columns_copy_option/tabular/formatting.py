"""DelimitedFormatter: settles the columns of an export and quotes each cell.
The configured columns come first, then any other key in the order first seen."""
from .quoting import quote


class DelimitedFormatter:
    def __init__(self, delimiter):
        self.delimiter = delimiter

    def columns(self, rows, options):
        columns = list(options["columns"])
        for row in rows:
            for name in row:
                if name not in columns:
                    columns.append(name)
        return columns

    def cell(self, value):
        return quote(str(value), self.delimiter)

    def join(self, cells):
        return self.delimiter.join(cells)
