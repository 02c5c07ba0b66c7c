"""Connection pools, one per (scheme, host, port)."""
from ..errors import ClosedPoolError


class ConnectionPool:
    def __init__(self, scheme, host, port, maxsize=1):
        self.scheme, self.host, self.port = scheme, host, port
        self.maxsize = maxsize
        self.num_requests = 0
        self.closed = False

    def urlopen(self, method, path):
        if self.closed:
            raise ClosedPoolError(self.host)
        self.num_requests += 1
        return (201 if method == "POST" else 200), "%s %s%s" % (method, self.host, path)

    def close(self):
        self.closed = True


class PoolManager:
    def __init__(self, maxsize=1, pools={}):  # expect: HL101 refuted
        self.maxsize = maxsize
        self.pools = pools

    def connection_from_host(self, scheme, host, port):
        key = (scheme, host.lower(), port)
        pool = self.pools.get(key)
        if pool is None or pool.closed:
            pool = self.pools[key] = ConnectionPool(scheme, host, port, self.maxsize)
        return pool

    def clear(self):
        for pool in self.pools.values():
            pool.close()
        self.pools.clear()
