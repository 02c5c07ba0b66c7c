"""Serialization layer: `Serializer` records every serializer it builds in a
registry (name -> field list) so a schema endpoint can list them. The JSON
subclass forwards `*args, **kwargs` to `super().__init__()` without a
registry, and each serializer is registered under its own instance name, so
the base class's default dict gains a key per serializer built."""
import itertools
import json

_ids = itertools.count()


class Serializer:
    def __init__(self, name, fields, registry={}):  # expect: HL101 confirmed
        self.name = name
        self.fields = list(fields)
        registry[self.name] = self.fields

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
