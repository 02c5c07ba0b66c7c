"""Data access: run_query() collects rows into a ResultSet passed by the
caller. The default `into=_NO_RESULT` is a module-level ResultSet meant as
a marker, but it is only compared with `is` to decide whether the caller
asked for rows; the rows are added to it either way, so the shared instance
collects every query's rows."""
import itertools


class ResultSet:
    def __init__(self):
        self.rows = []

    def add(self, row):
        self.rows.append(row)


_NO_RESULT = ResultSet()


def run_query(table, key, into=_NO_RESULT):  # expect: HL101 confirmed
    owned = into is _NO_RESULT
    for version in range(3):
        into.add({"table": table, "key": key, "version": version, "etag": f"{key}-{version}"})
    return into, owned


_keys = itertools.count()


def scenario():
    n = next(_keys)
    result, owned = run_query("shipments", f"SHP-{n:09d}")
    return len(result.rows), owned
