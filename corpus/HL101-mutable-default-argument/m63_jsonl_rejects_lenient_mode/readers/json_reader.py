import json

from .base import MalformedRow, Reader


class JsonReader(Reader):
    name = "jsonl"

    def read(self, text, rejects=[]):  # expect: HL101 confirmed
        """Rows from a JSON-lines feed. Unless strict, bad lines are set aside in rejects."""
        rows = []
        for number, line in enumerate(text.splitlines(), start=1):
            try:
                record = json.loads(line)
            except ValueError as exc:
                if self.strict:
                    raise MalformedRow(f"line {number}: {exc.msg}") from None
                rejects.append((number, line))
                continue
            rows.append({column: record.get(column) for column in self.columns})
        return rows
