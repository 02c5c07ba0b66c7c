import json

from .base import Exporter


class CsvExporter(Exporter):
    fmt = "csv"
    header_prefix = ""

    def encode(self, record):
        keys = sorted(record)
        values = ",".join(str(record[k]) for k in keys)
        return f"{self.header_prefix}{','.join(keys)}\n{values}"


class JsonExporter(Exporter):
    fmt = "json"

    def encode(self, record):
        return json.dumps(record, sort_keys=True)
