"""Serializer base class that registers every subclass for its model."""
import itertools

MODELS = ("User", "Order", "Invoice")
_ids = itertools.count()


class Serializer:
    model = None
    fields = ()

    def __init_subclass__(cls, registry={}, **kwargs):  # expect: HL101 confirmed
        super().__init_subclass__(**kwargs)
        if cls.model is None:
            return
        key = (cls.model, cls.fields)
        registry[key] = cls
        cls.registry = registry

    def __init__(self, obj):
        self.obj = obj

    def data(self):
        return {name: self.obj.get(name) for name in self.fields}


def serializer_for(model, fields):
    attrs = {"model": model, "fields": tuple(fields)}
    return type("%sSerializer" % model, (Serializer,), attrs)


def scenario():
    n = next(_ids)
    model = MODELS[n % len(MODELS)]
    cls = serializer_for(model, ["id", "name", "extra_%d" % n])
    return cls({"id": n, "name": "row-%d" % n}).data()
