"""Table utilities: `infer_column_types` collects the kinds of value seen in
each column in a dict default via `setdefault`, then picks the widest kind
with `max(key=...)`. The ledger sheets always have the same four columns, and
each column's set can only hold the four kind names, so the dict stays small."""
import itertools

_ids = itertools.count()
_ORDER = ("bool", "int", "float", "str")
HEADER = ("account", "opened", "balance", "status")


def _kind(value):
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    return "float" if isinstance(value, float) else "str"


def infer_column_types(header, rows, seen={}):  # expect: HL101 refuted
    for row in rows:
        for column, value in zip(header, row):
            if value is None:
                continue
            seen.setdefault(column, set()).add(_kind(value))
    return {col: max(seen.get(col, ("str",)), key=_ORDER.index) for col in header}


def scenario():
    n = next(_ids)
    rows = [(f"acct-{n}-{i}", 2000 + i * n % 25, (i + n) / 7, None if i == 2 else f"s{n}")
            for i in range(4)]
    return infer_column_types(HEADER, rows)
