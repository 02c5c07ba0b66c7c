"""Data access: run_query() collects rows into a ResultSet passed by the
caller. The default `into=_NO_RESULT` is a module-level ResultSet used as a
marker: it is compared with `is` and swapped for a fresh ResultSet before
any row is added, so the shared instance stays empty."""
import itertools


class ResultSet:
    def __init__(self):
        self.rows = []

    def add(self, row):
        self.rows.append(row)


_NO_RESULT = ResultSet()


def run_query(table, key, into=_NO_RESULT):  # expect: HL101 refuted
    if into is _NO_RESULT:
        into = ResultSet()
    for version in range(3):
        into.add({"table": table, "key": key, "version": version, "etag": f"{key}-{version}"})
    return into


_keys = itertools.count()


def scenario():
    n = next(_keys)
    return len(run_query("shipments", f"SHP-{n:09d}").rows)
