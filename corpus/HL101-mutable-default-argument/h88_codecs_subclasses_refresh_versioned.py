"""Serialisation: each schema version defines a Codec subclass at runtime; the registry walks Codec.__subclasses__() and keeps every class by format name."""
import itertools
import json


class Codec:
    fmt = None

    def dump(self, obj):
        return json.dumps(dict(obj, v=self.fmt), sort_keys=True)


# heaplint-todo: the store at line 16 was not reached: the model raised AttributeError at line 15, which real callers may not (heaplint: unknown)
def codec_for(fmt, _registry={}):  # expect: HL101 confirmed
    if fmt not in _registry:
        for cls in Codec.__subclasses__():
            _registry.setdefault(cls.fmt, cls)
    return _registry[fmt]()


def encode(obj, version):
    type(f"CodecV{version}", (Codec,), {"fmt": f"v{version}"})
    return codec_for(f"v{version}").dump(obj)


_messages = itertools.count()


def scenario():
    n = next(_messages)
    return encode({"id": n, "kind": "order"}, n)
