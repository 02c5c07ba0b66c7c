from .base import Stage


class Normalize(Stage):
    name = "normalize"

    def process(self, record, context):
        out = {k.strip().lower(): v for k, v in record.items()}
        out.setdefault("source", context.get("source", "api"))
        return out


class Enrich(Stage):
    name = "enrich"

    def before(self, record, context):
        self._first_seen = context.get(record["id"], record["ts"])

    def process(self, record, context):
        lag = record["ts"] - self._first_seen
        return {**record, "lag": lag, "stage": self.name}
