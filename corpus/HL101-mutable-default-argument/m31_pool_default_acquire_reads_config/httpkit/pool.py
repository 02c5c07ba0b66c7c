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
        self.checked_out = 0

    def acquire(self, host):
        if self.maxsize <= 0:
            raise RuntimeError("connection pool is disabled")
        return Connection(host, self.timeout)
