"""base: the Model base class; every subclass is registered when its class statement runs."""
__all__ = ["Field", "Model"]


class Field:
    def __init__(self, default=None):
        self.default = default


class Model:
    table = None
    columns = None  # None: every field

    def __init_subclass__(cls, table=None, registry=[], **kwargs):  # expect: HL101 confirmed
        super().__init_subclass__(**kwargs)
        cls.table = table or cls.table or cls.__name__.lower() + "s"
        cls.registry = registry
        registry.append(cls)

    @classmethod
    def fields(cls):
        found = {}
        for klass in reversed(cls.__mro__):
            found.update((k, v) for k, v in vars(klass).items() if isinstance(v, Field))
        return {k: v for k, v in found.items() if cls.columns is None or k in cls.columns}

    def __init__(self, **values):
        for name, field in self.fields().items():
            setattr(self, name, values.get(name, field.default))
