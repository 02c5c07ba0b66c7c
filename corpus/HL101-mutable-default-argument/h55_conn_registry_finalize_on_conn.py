"""Connection pool bookkeeping: open connections are tracked until they are collected."""
import itertools
import weakref

_ids = itertools.count()


class Pool:
    def __init__(self, dsn):
        self.dsn = dsn


class Connection:
    def __init__(self, pool, conn_id):
        self.pool = pool
        self.conn_id = conn_id

    def execute(self, sql):
        return "%s@%s: %s" % (self.conn_id, self.pool.dsn, sql.strip().upper())


def track(conn, registry={}):  # expect: HL101 refuted
    key = conn.conn_id
    if key in registry:
        return len(registry)
    registry[key] = conn.pool.dsn
    weakref.finalize(conn, registry.pop, key, None)
    return len(registry)


POOL = Pool("postgres://db/app")


def scenario():
    n = next(_ids)
    conn = Connection(POOL, "c%d" % n)
    track(conn)
    return conn.execute(" select %d " % n)
