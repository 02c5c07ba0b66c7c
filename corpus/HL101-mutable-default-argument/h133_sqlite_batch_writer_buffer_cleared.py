"""Data access layer: an audit writer buffers rows and inserts them with one
executemany() when its `with` block ends. The buffer is a default of __init__
kept on self and shared by every writer; flush() empties it in place with
clear() from __exit__ in try/finally, so each writer starts from empty."""
import contextlib
import itertools
import sqlite3

_events = itertools.count()


class BatchWriter(contextlib.AbstractContextManager):
    # heaplint-todo: it flows into self.conn.executemany(), which heaplint cannot see (heaplint: unknown)
    def __init__(self, conn, buffer=[]):  # expect: HL101 refuted
        self.conn = conn
        self.buffer = buffer

    def add(self, *values):
        self.buffer.append(values)

    def flush(self):
        if self.buffer:
            marks = ", ".join("?" * len(self.buffer[0]))
            self.conn.executemany("INSERT INTO audit VALUES (%s)" % marks, self.buffer)
        self.buffer.clear()

    def __exit__(self, *exc):
        try:
            self.flush()
        finally:
            self.conn.commit()


def scenario():
    n = next(_events)
    with contextlib.closing(sqlite3.connect(":memory:")) as conn:
        conn.execute("CREATE TABLE audit (actor TEXT, action TEXT, seq INTEGER)")
        with BatchWriter(conn) as writer:
            writer.add("user%d" % n, "login", n)
            writer.add("user%d" % n, "export:report-%d" % n, n + 1)
        return conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
