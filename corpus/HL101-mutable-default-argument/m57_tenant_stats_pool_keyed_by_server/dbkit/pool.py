from .connection import connect


class Pool:
    def __init__(self, size=4):
        self.size = size
        self._idle = {}

    def _key(self, dsn):
        return dsn.rpartition("/")[0]

    def checkout(self, dsn):
        server, _, database = dsn.rpartition("/")
        idle = self._idle.setdefault(self._key(dsn), [])
        conn = idle.pop() if idle else connect(server)
        conn.use(database)
        return conn

    def checkin(self, dsn, conn):
        idle = self._idle.setdefault(self._key(dsn), [])
        if len(idle) < self.size:
            idle.append(conn)
        else:
            conn.closed = True
