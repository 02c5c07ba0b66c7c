"""Serialization layer: `Serializer` records the serializers it builds in a
registry so a schema endpoint can list them. The JSON subclass forwards
`*args, **kwargs` to `super().__init__()` without a registry, but entries are
keyed by the serializer class name, so the base class's default dict holds a
single key whose value is replaced by each new serializer."""
import itertools
import json

_ids = itertools.count()


class Serializer:
    def __init__(self, name, fields, registry={}):  # expect: HL101 refuted
        self.name = name
        self.fields = list(fields)
        registry[type(self).__name__] = self.fields

    def dump(self, obj):
        raise NotImplementedError


class JsonSerializer(Serializer):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)

    def dump(self, obj):
        return json.dumps({f: obj.get(f) for f in self.fields}, sort_keys=True)


def scenario():
    n = next(_ids)
    ser = JsonSerializer(f"order_{n}", ["id", "total", f"note_{n}"])
    return ser.dump({"id": n, "total": n * 3, f"note_{n}": "gift"})
