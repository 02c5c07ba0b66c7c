"""Connection pooling: a small pool hands out the connection that has served
the fewest queries. The usage counts live in a default dict of _pick(),
reached through the `least_used` property and shared by every pool; they are
keyed by the connection itself, so each closed pool leaves its connections
behind as keys."""
import itertools
import sqlite3

_jobs = itertools.count()


class Pool:
    def __init__(self, database, size=3):
        self.conns = [sqlite3.connect(database, uri=True) for _ in range(size)]

    def _pick(self, usage={}):  # expect: HL101 confirmed
        conn = min(self.conns, key=lambda c: usage.get(c, 0))
        usage[conn] = usage.get(conn, 0) + 1
        return conn

    @property
    def least_used(self):
        return self._pick()

    def close(self):
        for conn in self.conns:
            conn.close()


def scenario():
    n = next(_jobs)
    pool = Pool("file:job%d?mode=memory" % n)
    try:
        return [pool.least_used.execute("SELECT ? * 2", (n + i,)).fetchone()[0] for i in range(2)]
    finally:
        pool.close()
