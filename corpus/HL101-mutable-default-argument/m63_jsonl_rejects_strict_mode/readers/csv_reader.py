import csv
import io

from .base import MalformedRow, Reader


class CsvReader(Reader):
    name = "csv"

    def read(self, text):
        rows = []
        for record in csv.DictReader(io.StringIO(text)):
            if None in record or any(record.get(c) is None for c in self.columns):
                raise MalformedRow(f"line {len(rows) + 2}: wrong field count")
            rows.append({column: record[column] for column in self.columns})
        return rows
