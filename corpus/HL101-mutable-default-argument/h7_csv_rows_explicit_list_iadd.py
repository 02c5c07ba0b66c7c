"""CSV export: rows are accumulated with list.__iadd__ called explicitly, which extends the default in place."""
import itertools


def collect_rows(record, rows=[]):  # expect: HL101 confirmed
    out = list.__iadd__(rows, [[record["id"], record["name"], record["total"]]])
    return len(out)


_records = itertools.count()


def scenario():
    n = next(_records)
    collect_rows({"id": n, "name": f"item {n}", "total": n * 1.5})
