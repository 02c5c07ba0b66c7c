"""Lightweight models: Field descriptors register themselves when their class is built."""
import itertools


def register_field(owner, name, field, _registry={}):  # expect: HL101 confirmed
    _registry[(owner, name)] = field
    return len(_registry)


class Field:
    def __init__(self, kind=str):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name
        register_field(owner, name, self)

    def __get__(self, obj, objtype=None):
        return self if obj is None else obj.__dict__.get(self.name)

    def __set__(self, obj, value):
        obj.__dict__[self.name] = self.kind(value)


def make_model(table, columns):
    namespace = {col: Field() for col in columns}
    return type(table.title(), (object,), namespace)


_seq = itertools.count()


def scenario():
    n = next(_seq)
    Row = make_model(f"table_{n % 4}", ("id", "label"))
    row = Row()
    row.label = n
    return row.label
