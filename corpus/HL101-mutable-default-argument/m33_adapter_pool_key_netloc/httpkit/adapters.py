"""Transport adapters: one connection pool per origin, shared by the adapter."""
from urllib.parse import urlsplit


class ConnectionPool:
    def __init__(self, scheme, host, port):
        self.scheme, self.host, self.port = scheme, host, port
        self.num_requests = 0

    def urlopen(self, method, path, headers):
        self.num_requests += 1
        status = 200 if method in ("GET", "HEAD") else 201
        return status, {"content-length": str(len(path)), "x-pool": self.host}


class HTTPAdapter:
    def __init__(self, max_retries=0, pools={}):  # expect: HL101 confirmed
        self.max_retries = max_retries
        self.pools = pools

    def get_connection(self, url):
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        port = parts.port or (443 if scheme == "https" else 80)
        key = (scheme, parts.netloc, port)
        pool = self.pools.get(key)
        if pool is None:
            pool = ConnectionPool(scheme, parts.hostname, port)
            self.pools[key] = pool
        return pool

    def send(self, method, url, headers):
        pool = self.get_connection(url)
        path = urlsplit(url).path or "/"
        retries = self.max_retries
        status, resp_headers = pool.urlopen(method, path, headers)
        while status >= 500 and retries > 0:
            retries -= 1
            status, resp_headers = pool.urlopen(method, path, headers)
        return status, resp_headers
