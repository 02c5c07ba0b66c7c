"""Tiny ORM: a model class is created with type() for each ad-hoc table and remembered in a default list."""
import itertools


class Model:
    table = None

    def __init__(self, **fields):
        self.__dict__.update(fields)


def model_for(table, columns, _models=[]):  # expect: HL101 confirmed
    cls = type(f"Row_{table}", (Model,), {"table": table, "columns": tuple(columns)})
    _models.append(cls)
    return cls


def load_rows(table, raw):
    cls = model_for(table, raw[0].keys())
    return [cls(**row) for row in raw]


_tables = itertools.count()


def scenario():
    n = next(_tables)
    load_rows(f"tmp_{n}", [{"id": n, "name": f"n{n}"}])
