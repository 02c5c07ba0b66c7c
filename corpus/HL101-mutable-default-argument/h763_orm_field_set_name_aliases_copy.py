"""Tiny ORM: a model class is built from each imported CSV header, and every
Field descriptor adds its attribute name to its aliases in __set_name__ so
rows can be read by column name. __set_name__ builds a new list from the
default aliases, so each field has its own list and the default stays empty."""
import itertools

_imports = itertools.count()


class Field:
    def __init__(self, kind=str, aliases=[]):  # expect: HL101 refuted
        self.kind = kind
        self.aliases = aliases

    def __set_name__(self, owner, name):
        self.name = name
        self.aliases = [*self.aliases, name]

    def __set__(self, obj, value):
        obj.__dict__[self.name] = self.kind(value)


def model_for_header(table, header):
    attrs = {col: Field(int if col.endswith("_id") else str) for col in header}
    return type(table.title().replace("_", ""), (), attrs)


def scenario():
    n = next(_imports)
    row = model_for_header(f"import_{n}", ["order_id", f"note_{n}"])()
    row.order_id = str(n)
    return row.order_id
