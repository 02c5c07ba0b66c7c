"""Tiny HTTP client facade: sessions, retries, pooled connections."""
from .pool import ConnectionPool
from .retry import RetryPolicy


def connect(url, pool=ConnectionPool(maxsize=4, timeout=2.5)):  # expect: HL101 confirmed
    scheme, _, rest = url.partition("://")
    host = rest.partition("/")[0] or scheme
    return pool.acquire(host)


class Session:
    def __init__(self, retry=None):
        self.retry = retry or RetryPolicy()
        self.requests_sent = 0

    def get(self, url):
        for attempt in self.retry.attempts():
            conn = connect(url)
            self.requests_sent += 1
            return {"status": 200, "conn": conn.id, "attempt": attempt, "url": url}
        raise ConnectionError(url)
