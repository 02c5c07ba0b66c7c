"""Built-in formats, registered on registry.SERIALIZERS at import."""
import json

from registry import SERIALIZERS


def _json_factory(indent, sort_keys):
    return lambda obj: json.dumps(obj, indent=indent, sort_keys=sort_keys)


def _kv_factory(indent, sort_keys):
    def dump(obj):
        items = sorted(obj.items()) if sort_keys else obj.items()
        return "\n".join(f"{k}={v}" for k, v in items)
    return dump


SERIALIZERS.register("json", _json_factory)
SERIALIZERS.register("kv", _kv_factory)
