import json as _json

from ..registry import handles

__all__ = ["parse_json"]


@handles("application/json", "text/json")
def parse_json(body):
    return _json.loads(body)
