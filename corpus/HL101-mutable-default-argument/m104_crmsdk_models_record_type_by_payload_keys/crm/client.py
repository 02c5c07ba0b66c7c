from . import models as _default_schema


class CrmClient:
    """`transport(path) -> dict`; `schema` is the module that builds records."""

    def __init__(self, transport, schema=None):
        self.transport = transport
        self.schema = schema or _default_schema

    def get(self, kind, record_id):
        payload = self.transport(f"/api/{kind}s/{record_id}")
        return self.schema.make_record(kind, payload)

    def get_many(self, kind, ids):
        return [self.get(kind, record_id) for record_id in ids]
