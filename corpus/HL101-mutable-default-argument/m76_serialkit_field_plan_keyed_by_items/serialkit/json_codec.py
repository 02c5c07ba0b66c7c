"""JSON codec: one object per record, fields in plan order."""
import json

from .codecs import register


class JsonCodec:
    def plan(self, record):
        return sorted(record, key=lambda field: (field != "id", field))

    def encode(self, record, plan):
        return json.dumps({field: record[field] for field in plan}, separators=(",", ":"))


register("json", JsonCodec())
