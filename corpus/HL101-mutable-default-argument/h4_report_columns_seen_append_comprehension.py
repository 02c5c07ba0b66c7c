"""Report builder: collects column names in first-seen order with the `not seen.append(c)` comprehension trick."""
import itertools


def collect_columns(records, seen=[]):  # expect: HL101 confirmed
    return [col for rec in records for col in rec if col not in seen and not seen.append(col)]


def render(records):
    cols = collect_columns(records)
    return [[rec.get(c, "") for c in cols] for rec in records]


_reports = itertools.count()


def scenario():
    n = next(_reports)
    render([{"id": n, f"metric_{n}": n * 2}, {"id": n + 1, "owner": f"team{n % 5}"}])
