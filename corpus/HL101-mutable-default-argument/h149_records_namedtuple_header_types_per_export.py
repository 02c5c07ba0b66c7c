"""Survey export reader: each CSV header becomes a namedtuple record type,
and the types are cached by header so repeated files reuse them. Every
survey export carries its own question columns (`q<survey>_<n>`), so each
export adds a new header key and a new class to the shared default."""
import collections
import itertools

_surveys = itertools.count()


def row_type(header, _types={}):  # expect: HL101 confirmed
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
    n = next(_surveys)
    lines = ["respondent,q%d_1,q%d_2" % (n, n), "r%d,yes,no" % n, "r%d,no,%d" % (n + 1, n)]
    answers = [rec[1] for rec in iter_records(lines)]
    return "%d answers, %d yes" % (len(answers), answers.count("yes"))
