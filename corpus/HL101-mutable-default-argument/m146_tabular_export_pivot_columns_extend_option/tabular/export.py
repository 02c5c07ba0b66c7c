"""TableExport: renders a list of row dicts as delimited text through a RowWriter."""
from .writer import RowWriter


class TableExport:
    def __init__(self, rows, options={"delimiter": ",", "columns": ["region"], "missing": ""}):  # expect: HL101 confirmed
        self.rows = rows
        self.options = options
        self.writer = RowWriter(delimiter=options["delimiter"], missing=options["missing"])

    def render(self):
        columns = self.writer.formatter.columns(self.rows, self.options)
        lines = [self.writer.header(columns)]
        lines.extend(self.writer.row(row, columns) for row in self.rows)
        return "\n".join(lines) + "\n"
