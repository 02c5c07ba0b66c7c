class Connection:
    def __init__(self, dsn, number):
        self.dsn = dsn
        self.number = number
        self.last_sql = None

    def execute(self, sql, params):
        self.last_sql = sql
        return [(self.number, *params)]


class Pool:
    """Hands out connections; remembers each one it opened so close_all() reaches it."""

    def __init__(self, dsn, size=4):
        self.dsn = dsn
        self.size = size
        self._opened = []
        self._idle = []

    def acquire(self):
        if self._idle:
            return self._idle.pop()
        conn = Connection(self.dsn, len(self._opened))
        self._opened.append(conn)
        return conn

    def release(self, conn):
        conn.last_sql = None

    def close_all(self):
        self._idle.clear()
        self._opened.clear()
