"""Declarative base: every subclass registers itself under its table name."""


class Model:
    __fields__ = ()

    def __init_subclass__(cls, table=None, registry={}, **kwargs):  # expect: HL101 refuted
        super().__init_subclass__(**kwargs)
        cls.__table__ = table or cls.__name__.lower() + "s"
        cls.__registry__ = registry
        registry[cls.__table__] = cls

    def __init__(self, **values):
        unknown = set(values) - set(self.__fields__)
        if unknown:
            raise TypeError(f"{type(self).__name__}: unknown fields {sorted(unknown)}")
        for name in self.__fields__:
            setattr(self, name, values.get(name))
