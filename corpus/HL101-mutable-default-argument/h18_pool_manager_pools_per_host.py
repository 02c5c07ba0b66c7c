"""urllib3-style pool manager: one connection pool per (scheme, host, port), made on first use."""
import itertools


class HTTPConnectionPool:
    def __init__(self, host, port, maxsize=1):
        self.host = host
        self.port = port
        self.maxsize = maxsize
        self.num_requests = 0

    def urlopen(self, method, path):
        self.num_requests += 1
        return f"{method} {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n"


class PoolManager:
    def __init__(self, num_pools=10, pools={}):  # expect: HL101 confirmed
        self.num_pools = num_pools
        self.pools = pools

    def connection_from_host(self, host, port=443, scheme="https"):
        key = (scheme, host.lower(), port)
        pool = self.pools.get(key)
        if pool is None:
            pool = self.pools[key] = HTTPConnectionPool(host, port)
        return pool

    def request(self, method, host, path):
        return self.connection_from_host(host).urlopen(method, path)


_ids = itertools.count()


def scenario():
    n = next(_ids)
    http = PoolManager()
    return http.request("GET", f"tenant{n}.api.example.com", f"/v1/items/{n}")
