"""HTTPAdapter: maps URLs onto pools from its PoolManager."""
from urllib.parse import urlsplit

from .pooling import PoolManager

DEFAULT_PORTS = {"http": 80, "https": 443}


class HTTPAdapter:
    def __init__(self, pool_maxsize=4):
        self.poolmanager = PoolManager(maxsize=pool_maxsize)

    def send(self, method, url):
        parts = urlsplit(url)
        port = parts.port or DEFAULT_PORTS[parts.scheme]
        pool = self.poolmanager.connection_from_host(parts.scheme, parts.hostname, port)
        return pool.urlopen(method.upper(), parts.path or "/")

    def close(self):
        self.poolmanager.clear()
