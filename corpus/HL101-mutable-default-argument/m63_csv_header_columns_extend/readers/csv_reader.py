from .base import MalformedRow, Reader


class CsvReader(Reader):
    """Delimited text; the first line names the columns unless options say otherwise."""

    name = "csv"

    def read(self, text):
        sep = self.options.get("delimiter", ",")
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if self.options.get("header", True):
            header = lines.pop(0).split(sep)
            self.columns.extend(header)
        rows = []
        for number, line in enumerate(lines, start=2):
            if sep not in line:
                raise MalformedRow(f"line {number}: no {sep!r} in {line!r}")
            rows.append(dict(zip(self.columns, line.split(sep))))
        return rows
