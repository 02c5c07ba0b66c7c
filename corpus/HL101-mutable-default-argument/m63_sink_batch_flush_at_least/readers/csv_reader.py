from .base import MalformedRow, Reader


class CsvReader(Reader):
    """Headerless delimited text; the caller names the columns."""

    name = "csv"

    def read(self, text):
        sep = self.options.get("delimiter", ",")
        rows = []
        for number, line in enumerate(text.splitlines(), start=1):
            values = [value.strip() for value in line.split(sep)]
            if len(values) != len(self.columns):
                raise MalformedRow(
                    f"line {number}: {len(values)} fields, expected {len(self.columns)}"
                )
            rows.append(dict(zip(self.columns, values)))
        return rows
