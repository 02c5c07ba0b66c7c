"""Data access layer: rows come back as namedtuples. The row factory is a
closure over a default dict that memoises one namedtuple class per column
layout. The pivot report formats one `week_<n>` column per week it covers,
so every run brings a layout never seen before and a new class is memoised."""
import collections
import itertools
import sqlite3

_weeks = itertools.count()


# heaplint-todo: it flows into attribute row_factory of an unknown object, which heaplint cannot see (heaplint: unknown)
def namedtuple_factory(_types={}):  # expect: HL101 confirmed
    def factory(cursor, row):
        fields = tuple(col[0] for col in cursor.description)
        cls = _types.get(fields)
        if cls is None:
            cls = _types[fields] = collections.namedtuple("Row", fields)
        return cls(*row)
    return factory


def pivot_by_week(conn, weeks):
    conn.row_factory = namedtuple_factory()
    columns = ", ".join("SUM(CASE WHEN week = %d THEN amount END) AS week_%d" % (w, w) for w in weeks)
    return conn.execute("SELECT region, %s FROM sales GROUP BY region ORDER BY region" % columns).fetchall()


def scenario():
    n = next(_weeks)
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE TABLE sales (region TEXT, week INTEGER, amount REAL)")
        conn.executemany("INSERT INTO sales VALUES (?, ?, ?)",
                         [(r, n + i % 2, n * 1.5 + i) for i, r in enumerate(("north", "south", "east", "north"))])
        return [tuple(row) for row in pivot_by_week(conn, (n, n + 1))]
    finally:
        conn.close()
