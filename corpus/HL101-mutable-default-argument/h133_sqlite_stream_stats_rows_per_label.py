"""Data access layer: query results stream out of sqlite3 in fetchmany()
batches from a generator, and a default dict keeps running totals for the
metrics endpoint. The caller returns early once it finds its row. Rows are
totalled per query label, and each label names the id the query started at."""
import itertools
import sqlite3

_queries = itertools.count()


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 14, 30 (heaplint: unknown)
def stream(cursor, label, size=2, stats={"rows": 0, "batches": 0}):  # expect: HL101 confirmed
    while True:
        batch = cursor.fetchmany(size)
        if not batch:
            break
        stats["batches"] += 1
        stats["rows"] += len(batch)
        stats[label] = stats.get(label, 0) + len(batch)
        yield from batch


def scenario():
    n = next(_queries)
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE TABLE events (id INTEGER, kind TEXT)")
        conn.executemany("INSERT INTO events VALUES (?, ?)", [(n + i, "kind%d" % (i % 3)) for i in range(6)])
        cursor = conn.execute("SELECT id, kind FROM events WHERE id >= ? ORDER BY id", (n,))
        for row_id, kind in stream(cursor, "events since %d" % n):
            if kind == "kind2":
                return row_id
    finally:
        conn.close()
