"""Spreadsheet import: cells arrive as str, bytes, int, float or None;
`coerce_cell` dispatches on isinstance. Rows without a usable id are noted
in `problems` and skipped with `continue`. The importer appends straight to
the list default and hands it back, so every sheet's messages stay on it."""
import itertools

_ids = itertools.count()


def coerce_cell(value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if isinstance(value, str) and value.strip():
        try:
            return float(value) if "." in value else int(value)
        except ValueError:
            return value.strip()
    return None


def import_sheet(rows, columns, problems=[]):  # expect: HL101 confirmed
    records = []
    for lineno, row in enumerate(rows, start=2):
        record = {col: coerce_cell(cell) for col, cell in zip(columns, row)}
        if not isinstance(record["id"], int):
            problems.append("row %d: unusable id %r" % (lineno, row[0]))
            continue
        records.append(record)
    return records, problems


def scenario():
    n = next(_ids)
    rows = [[n, f"widget {n}", b"2.5"], [None, f"gadget {n}", 4], [f"x{n}", "bolt", "0.25"]]
    records, problems = import_sheet(rows, ("id", "name", "weight"))
    return len(records), problems[-1]
