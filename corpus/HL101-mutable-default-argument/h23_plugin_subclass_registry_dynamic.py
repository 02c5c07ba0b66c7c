"""Serializer plugins register themselves by format name through __init_subclass__."""
import itertools
import json


class Serializer:
    def __init_subclass__(cls, fmt=None, _by_format={}, **kw):  # expect: HL101 confirmed
        super().__init_subclass__(**kw)
        if fmt is not None:
            _by_format[fmt] = cls
        cls.registry = _by_format

    def dumps(self, data):
        raise NotImplementedError


class JsonSerializer(Serializer, fmt="json"):
    def dumps(self, data):
        return json.dumps(data, sort_keys=True)


def serializer_for(fields):
    """Per-schema serializer that keeps only the given fields (one class per schema version)."""
    class Projected(JsonSerializer, fmt=f"json:{','.join(fields)}"):
        def dumps(self, data):
            return super().dumps({k: data[k] for k in fields if k in data})
    return Projected


_seq = itertools.count()


def scenario():
    n = next(_seq)
    cls = serializer_for(("id", f"field{n}"))
    return len(cls().dumps({"id": n, f"field{n}": n * 2, "name": "x"}))
