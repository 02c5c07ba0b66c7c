"""JSON-lines exporter plugin."""
import json

from . import registry


class JsonLinesExporter:
    def __init__(self, columns):
        self.columns = columns

    def render(self, rows):
        return "\n".join(json.dumps({col: row[col] for col in self.columns}) for row in rows)


registry.register("jsonl", JsonLinesExporter)
