"""Table utilities: `infer_column_types` collects the kinds of value seen in
each column in a dict default via `setdefault`, then picks the widest kind
with `max(key=...)`. The exported sheets have one column per reporting day,
so every sheet brings new column names into the shared dict."""
import datetime
import itertools

_ids = itertools.count()
_ORDER = ("bool", "int", "float", "str")


def _kind(value):
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    return "float" if isinstance(value, float) else "str"


def infer_column_types(header, rows, seen={}):  # expect: HL101 confirmed
    for row in rows:
        for column, value in zip(header, row):
            if value is None:
                continue
            seen.setdefault(column, set()).add(_kind(value))
    return {col: max(seen.get(col, ("str",)), key=_ORDER.index) for col in header}


def scenario():
    n = next(_ids)
    first = datetime.date(2020, 1, 1).toordinal() + 3 * n
    days = [datetime.date.fromordinal(first + d).isoformat() for d in range(3)]
    rows = [(f"acct-{i}", i * n, (i + n) / 7, None if i == 2 else str(n)) for i in range(4)]
    return infer_column_types(["account", *days], rows)
