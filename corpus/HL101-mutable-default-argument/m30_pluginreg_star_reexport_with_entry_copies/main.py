import itertools

import pluginreg

_ids = itertools.count()


class JsonCodec:
    def __init__(self, indent):
        self.indent = indent

    def encode(self, value):
        return " " * self.indent + repr(value)


def scenario():
    n = next(_ids)
    name = f"codec-{n}"
    registry = pluginreg.register(name, JsonCodec)
    codec = pluginreg.create(registry, name, n % 4)
    return codec.encode({"id": n})
