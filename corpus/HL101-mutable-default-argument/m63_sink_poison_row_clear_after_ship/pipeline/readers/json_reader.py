import json

from .base import MalformedRow, Reader


class JsonReader(Reader):
    """One JSON object per line, narrowed to the configured columns."""

    name = "jsonl"

    def read(self, text):
        rows = []
        for number, line in enumerate(text.splitlines(), start=1):
            try:
                record = json.loads(line)
            except ValueError as exc:
                raise MalformedRow(f"line {number}: {exc.msg}") from None
            rows.append({key: record.get(key) for key in self.columns or record})
        return rows
