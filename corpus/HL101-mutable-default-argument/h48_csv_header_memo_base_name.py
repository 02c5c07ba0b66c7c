"""Normalise spreadsheet-export CSV headers ("Amount (EUR):c3") into snake_case field names."""
import csv
import io
import itertools
import re

_ids = itertools.count()
_NON_WORD = re.compile(r"[^0-9a-z]+")


def normalise_header(raw, _memo={}):  # expect: HL101 refuted
    key = raw.partition(":")[0].strip()
    try:
        return _memo[key]
    except KeyError:
        pass
    base, _, _position = raw.partition(":")
    name = _NON_WORD.sub("_", base.strip().lower()).strip("_")
    _memo[key] = name or "column"
    return _memo[key]


def read_rows(text):
    reader = csv.reader(io.StringIO(text))
    try:
        header = [normalise_header(cell) for cell in next(reader)]
    except StopIteration:
        return []
    return [dict(zip(header, row)) for row in reader if any(row)]


def scenario():
    n = next(_ids)
    text = f"Amount (EUR):c{n},Customer ID:c{n + 1},Note\n{n}.50,C-{n},ok\n\n"
    rows = read_rows(text)
    assert rows[0]["amount_eur"] == f"{n}.50" and rows[0]["customer_id"] == f"C-{n}"
