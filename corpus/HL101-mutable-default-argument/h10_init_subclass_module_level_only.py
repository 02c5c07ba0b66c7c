"""Serializers register their format names via __init_subclass__; all subclasses are defined at import time."""
import itertools


class Serializer:
    formats = {}

    def __init_subclass__(cls, names=[], **kwargs):  # expect: HL101 refuted
        super().__init_subclass__(**kwargs)
        names.append(cls.__name__.lower())
        Serializer.formats[names[-1]] = cls

    def dump(self, obj):
        raise NotImplementedError


class Json(Serializer):
    def dump(self, obj):
        return "{" + ",".join(f'"{k}":{v!r}' for k, v in obj.items()) + "}"


class Kv(Serializer):
    def dump(self, obj):
        return ";".join(f"{k}={v}" for k, v in obj.items())


_msgs = itertools.count()


def scenario():
    n = next(_msgs)
    fmt = Serializer.formats["json" if n % 2 else "kv"]
    return fmt().dump({"id": n, "name": f"m{n}"})
