import json

from ..fields import pick, require
from .base import Reader


class JsonReader(Reader):
    """One JSON object per line; redelivered events (same id) are dropped."""

    name = "jsonl"

    def read(self, text):
        seen = self.options.setdefault("seen_ids", set())
        rows = []
        for line in text.splitlines():
            record = require(json.loads(line), "id")
            if record["id"] in seen:
                continue
            seen.add(record["id"])
            rows.append(pick(record, self.columns or sorted(record)))
        return rows
