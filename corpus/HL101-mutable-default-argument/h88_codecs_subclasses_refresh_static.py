"""Serialisation: codec classes are found through Codec.__subclasses__() and cached in a default dict by their format name; all codecs are defined at import."""
import itertools
import json


class Codec:
    fmt = None


class JsonCodec(Codec):
    fmt = "json"

    def dump(self, obj):
        return json.dumps(obj, sort_keys=True)


class KvCodec(Codec):
    fmt = "kv"

    def dump(self, obj):
        return ";".join(f"{k}={v}" for k, v in sorted(obj.items()))


# heaplint-todo: the store at line 27 was not reached: the model raised AttributeError at line 26, which real callers may not (heaplint: unknown)
def codec_for(fmt, _registry={}):  # expect: HL101 refuted
    if fmt not in _registry:
        for cls in Codec.__subclasses__():
            _registry[cls.fmt] = cls
    return _registry[fmt]()


_messages = itertools.count()


def scenario():
    n = next(_messages)
    return codec_for(("json", "kv")[n % 2]).dump({"id": n, "kind": "order"})
