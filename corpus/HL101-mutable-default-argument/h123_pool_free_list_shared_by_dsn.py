"""Database driver: a connection pool keeps released connections on a free
list and hands one back out when the same DSN asks again. The free list is a
default of __init__ stored as-is, so every pool in the process shares it; each
job opens a pool on its own scratch database, and the connection it releases
never matches a later job's DSN."""
import itertools

_jobs = itertools.count()


class Connection:
    def __init__(self, dsn):
        self.dsn = dsn
        self.queries = 0


class ConnectionPool:
    def __init__(self, dsn, free=[]):  # expect: HL101 confirmed
        self.dsn = dsn
        self._free = free

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
