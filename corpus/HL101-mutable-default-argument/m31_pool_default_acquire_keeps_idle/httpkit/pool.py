"""Connection pool shared by every session of the client."""
import itertools

_conn_ids = itertools.count(1)


class Connection:
    def __init__(self, host, timeout):
        self.id = next(_conn_ids)
        self.host = host
        self.timeout = timeout
        self.open = True

    def close(self):
        self.open = False


class ConnectionPool:
    def __init__(self, maxsize=10, timeout=5.0):
        self.maxsize = maxsize
        self.timeout = timeout
        self._idle = {}

    def acquire(self, host):
        conn = self._idle.get(host)
        if conn is None or not conn.open:
            conn = Connection(host, self.timeout)
            self._idle[host] = conn
        return conn
