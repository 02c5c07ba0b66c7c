"""Row classes declare typed columns; a schema is the columns of the class and its bases."""
import itertools


def column_types(cls, _memo={}):  # expect: HL101 confirmed
    columns = {}
    for klass in cls.__mro__:
        for name, value in vars(klass).items():
            if isinstance(value, type) and not name.startswith("_"):
                _memo[klass, name] = value
                columns.setdefault(name, value)
    return columns


class Row:
    id = int


def row_class(table, **columns):
    """Build a row class for one query result (one class per query)."""
    return type(f"{table.title()}Row", (Row,), dict(columns))


def coerce(cls, raw):
    return {name: kind(raw[name]) for name, kind in column_types(cls).items() if name in raw}


_seq = itertools.count()


def scenario():
    n = next(_seq)
    cls = row_class("users", name=str, score=float)
    return coerce(cls, {"id": str(n), "name": n, "score": "1.5"})
