"""Ledger CSV reader: each CSV header becomes a namedtuple record type,
cached by header so repeated files reuse it. Ledger exports always share
the bank's fixed column layout; only the rows differ, so the cache holds one
class after the first file and is only read afterwards."""
import collections
import itertools

_files = itertools.count()
LEDGER_HEADER = "date,account,amount,memo"


def row_type(header, _types={}):  # expect: HL101 refuted
    key = tuple(header)
    try:
        return _types[key]
    except KeyError:
        cls = _types[key] = collections.namedtuple("Row", key, rename=True)
        return cls


def iter_records(lines):
    header = lines[0].split(",")
    Row = row_type(header)
    for line in lines[1:]:
        yield Row(*line.split(","))


def scenario():
    n = next(_files)
    lines = [LEDGER_HEADER, "2024-01-%02d,AC%d,%d.50,rent" % (n % 28 + 1, n, n), "2024-02-01,AC%d,-%d,fee" % (n, n % 7)]
    total = sum(float(rec.amount) for rec in iter_records(lines))
    return "%s: %.2f" % (lines[1].split(",")[1], total)
