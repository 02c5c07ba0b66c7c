"""Session: opens connections from its own pool, or the shared default one."""
from .connection import Connection


class Session:
    def __init__(self, dsn, pool=None):
        self.dsn = dsn
        self.pool = pool

    def connection(self):
        if self.pool is None:
            return Connection.open(self.dsn)
        return Connection.open(self.dsn, self.pool)
