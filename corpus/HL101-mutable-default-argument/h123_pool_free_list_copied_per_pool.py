"""Database driver: a connection pool keeps released connections on a free
list and hands one back out when the same DSN asks again. Callers may pass
pre-warmed connections through the `free` default; __init__ copies it into a
list of the pool's own, so each job's pool and its released connection go
away together when the job ends."""
import itertools

_jobs = itertools.count()


class Connection:
    def __init__(self, dsn):
        self.dsn = dsn
        self.queries = 0


class ConnectionPool:
    def __init__(self, dsn, free=[]):  # expect: HL101 refuted
        self.dsn = dsn
        self._free = list(free)

    def acquire(self):
        matches = [conn for conn in self._free if conn.dsn == self.dsn]
        if matches:
            self._free.remove(matches[0])
            return matches[0]
        return Connection(self.dsn)

    def release(self, conn):
        self._free.append(conn)


def scenario():
    pool = ConnectionPool("postgresql://db/scratch_%d" % next(_jobs))
    conn = pool.acquire()
    conn.queries += 1
    pool.release(conn)
    return conn.queries
