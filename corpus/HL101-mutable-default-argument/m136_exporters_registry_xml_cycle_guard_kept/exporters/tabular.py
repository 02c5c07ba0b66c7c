"""Flat formats: JSON, NDJSON, CSV and TSV; nested children are only counted."""
import json

from .base import Exporter


class JsonExporter(Exporter):
    fmt = "json"

    def encode(self, record, seen):
        return json.dumps(record, sort_keys=True, indent=2)


class NdjsonExporter(JsonExporter):
    fmt = "ndjson"

    def encode(self, record, seen):
        return super().encode(record, seen).replace("\n", "").replace("  ", "")


class CsvExporter(Exporter):
    fmt = "csv"
    delimiter = ","

    def encode(self, record, seen):
        cells = (record["id"], record.get("total", ""), len(record.get("children", ())))
        return self.delimiter.join(map(str, cells))


class TsvExporter(CsvExporter):
    fmt = "tsv"
    delimiter = "\t"
