"""Declarative models whose fields are collected in __init_subclass__, attrs style."""
import itertools

_ids = itertools.count()


class Field:
    def __init__(self, type_, default=None):
        self.type, self.default, self.name = type_, default, None

    def convert(self, value):
        return self.default if value is None else self.type(value)


class Model:
    def __init_subclass__(cls, *, registry={}, **kwargs):  # expect: HL101 confirmed
        super().__init_subclass__(**kwargs)
        own = [(k, v) for k, v in vars(cls).items() if isinstance(v, Field)]
        for name, field in own:
            field.name = name
            registry[cls.__name__, name] = field
        cls.__fields__ = dict(own)

    def __init__(self, **values):
        for name, field in self.__fields__.items():
            setattr(self, name, field.convert(values.pop(name, None)))
        if values:
            raise TypeError("unexpected fields: %s" % ", ".join(sorted(values)))


def make_model(table, columns):
    namespace = {col: Field(type_) for col, type_ in columns.items()}
    return type(table.title().replace("_", ""), (Model,), namespace)


def scenario():
    n = next(_ids)
    Row = make_model("audit_log_%d" % n, {"id": int, "actor": str})
    row = Row(id=str(n), actor="user%d" % n)
    try:
        Row(id=n, ip="10.0.0.1")
    except TypeError:
        pass
    return row.id, row.actor
