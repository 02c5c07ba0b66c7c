"""Declarative models: a ListAttr descriptor hands out its declared default until an instance sets a value."""
import itertools


class ListAttr:
    def __init__(self, doc="", default=[]):  # expect: HL101 confirmed
        self.doc = doc
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        obj.__dict__[self.name] = list(value)


class Layer:
    tags = ListAttr("free-form labels")
    owners = ListAttr("user names", default=["admin"])

    def __init__(self, title):
        self.title = title

    def tag(self, label):
        self.tags.append(label)
        return self


_layers = itertools.count()


def scenario():
    n = next(_layers)
    layer = Layer(f"layer {n}").tag(f"draft-{n}")
    return f"{layer.title}: {', '.join(layer.tags[-3:])} by {layer.owners[0]}"
