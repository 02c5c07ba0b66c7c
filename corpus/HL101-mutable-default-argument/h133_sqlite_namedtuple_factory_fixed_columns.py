"""Data access layer: rows come back as namedtuples. The row factory is a
closure over a default dict that memoises one namedtuple class per column
layout, so the class is not rebuilt for every row. The weekly report always
selects the same two columns, so the memo holds one class for every week."""
import collections
import itertools
import sqlite3

_weeks = itertools.count()


# heaplint-todo: it flows into attribute row_factory of an unknown object, which heaplint cannot see (heaplint: unknown)
def namedtuple_factory(_types={}):  # expect: HL101 refuted
    def factory(cursor, row):
        fields = tuple(col[0] for col in cursor.description)
        cls = _types.get(fields)
        if cls is None:
            cls = _types[fields] = collections.namedtuple("Row", fields)
        return cls(*row)
    return factory


def weekly_totals(conn, week):
    conn.row_factory = namedtuple_factory()
    sql = "SELECT region, SUM(amount) AS total FROM sales WHERE week = ? GROUP BY region ORDER BY region"
    return conn.execute(sql, (week,)).fetchall()


def scenario():
    n = next(_weeks)
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE TABLE sales (region TEXT, week INTEGER, amount REAL)")
        conn.executemany("INSERT INTO sales VALUES (?, ?, ?)",
                         [(r, n + i % 2, n * 1.5 + i) for i, r in enumerate(("north", "south", "east", "north"))])
        return [row.total for row in weekly_totals(conn, n)]
    finally:
        conn.close()
