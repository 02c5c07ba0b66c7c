"""ORM-style query builder: select() takes extra columns (an empty list by
default); _normalize() turns whatever was given into a list, _merge() adds
the model's own columns that are missing and _render() only iterates to
build the SQL. _normalize() returns extra.copy() for a list argument, so
_merge() extends the copy and the default list itself stays empty."""
import itertools

_ids = itertools.count()


def _normalize(extra):
    if isinstance(extra, list):
        return extra.copy()
    return list(extra)


def _merge(columns, model_columns):
    columns.extend(c for c in model_columns if c not in columns)
    return columns


def _render(table, columns, where):
    return f"SELECT {', '.join(columns)} FROM {table} WHERE {where}"


def select(table, fields, where, extra=[]):  # expect: HL101 refuted
    columns = _merge(_normalize(extra), [f"{table}.{name}" for name in fields])
    return _render(table, columns, where)


def scenario():
    n = next(_ids)
    table = f"orders_{n % 1000}_{n}"
    return len(select(table, ("id", "total", "placed_at"), f"customer_id = {n}"))
