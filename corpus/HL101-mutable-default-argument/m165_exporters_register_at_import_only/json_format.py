"""JSON exporter plugin; registers itself as "json" when imported."""
import json

from registry import register


def to_json(rows):
    if not rows:
        return "[]"
    header, *body = rows
    return json.dumps([dict(zip(header, row)) for row in body], sort_keys=True)


register("json", to_json)
register("application/json", to_json)
