"""Database client: a metaclass hands out one live connection per DSN and forgets it when closed."""
import functools
import itertools


class PerDSN(type):
    def __call__(cls, dsn, *, _live={}):  # expect: HL101 confirmed
        key = (cls, dsn)
        conn = _live.get(key)
        if conn is None:
            conn = _live[key] = super().__call__(dsn)
            conn._release = functools.partial(_live.pop, dsn, None)
        return conn


class Connection(metaclass=PerDSN):
    def __init__(self, dsn):
        self.dsn = dsn
        self.log = []

    def execute(self, sql, *params):
        self.log.append((sql, params))
        return len(self.log)

    def close(self):
        self.log.clear()
        self._release()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


_tenants = itertools.count()


def scenario():
    n = next(_tenants)
    with Connection(f"postgresql://app@db.internal/tenant_{n}") as conn:
        conn.execute("SELECT id FROM users WHERE tenant_id = %s", n)
        return conn.execute("SELECT 1")
