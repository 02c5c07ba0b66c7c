"""Database connections (simulated), pooled per process."""
import itertools

from .base import Pool

_conn_ids = itertools.count(1)


class Connection:
    def __init__(self):
        self.id = next(_conn_ids)
        self.queries = 0

    def execute(self, sql, params=()):
        self.queries += 1
        return [(self.id, sql.split()[0], len(params))]


class ConnPool(Pool):
    def __init__(self, dsn, maxsize=4):
        super().__init__(Connection, maxsize=maxsize)
        self.dsn = dsn
