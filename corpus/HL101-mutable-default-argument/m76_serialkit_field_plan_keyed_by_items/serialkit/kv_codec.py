"""key=value codec: one line per field, id first, then alphabetical."""
from . import codecs


class KeyValueCodec:
    def plan(self, record):
        return ["id"] + sorted(field for field in record if field != "id")

    def encode(self, record, plan):
        return "\n".join(f"{field}={record[field]}" for field in plan)


codecs.register("kv", KeyValueCodec())
