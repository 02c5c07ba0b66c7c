"""Serializer plugins register themselves by format name through __init_subclass__."""
import itertools
import json


class Serializer:
    def __init_subclass__(cls, fmt=None, _by_format={}, **kw):  # expect: HL101 refuted
        super().__init_subclass__(**kw)
        if fmt is not None:
            _by_format[fmt] = cls
        cls.registry = _by_format

    def dumps(self, data):
        raise NotImplementedError


class JsonSerializer(Serializer, fmt="json"):
    def dumps(self, data):
        return json.dumps(data, sort_keys=True)


class KeyValueSerializer(Serializer, fmt="kv"):
    def dumps(self, data):
        return ";".join(f"{k}={v}" for k, v in sorted(data.items()))


def render(data, fmt):
    return JsonSerializer.registry[fmt]().dumps(data)


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return len(render({"id": n, "name": f"user{n}"}, "json" if n % 2 else "kv"))
