"""Connection-pool simulator: `PoolManager.connection` is a classmethod
context manager that checks a connection out of a per-host pool kept in a
`defaultdict(list)` default and puts it back in `finally`. Requests go to one
of three service hosts, and a returned connection is reused by the next
request, so the pools hold at most one connection per host."""
import collections
import contextlib
import itertools

_ids = itertools.count()
SERVICES = ("api.example.com", "auth.example.com", "cdn.example.com")


class Connection:
    def __init__(self, host, port):
        self.host, self.port, self.requests = host, port, 0

    def send(self, path):
        self.requests += 1
        return f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n"


class PoolManager:
    @classmethod
    @contextlib.contextmanager
    def connection(cls, host, port=443, pools=collections.defaultdict(list)):  # expect: HL101 refuted
        pool = pools[(host, port)]
        conn = pool.pop() if pool else Connection(host, port)
        try:
            yield conn
        finally:
            pool.append(conn)


def scenario():
    n = next(_ids)
    with PoolManager.connection(SERVICES[n % len(SERVICES)]) as conn:
        return len(conn.send(f"/v2/items/{n}"))
