"""API clients: a metaclass hands out one shared client per constructor arguments instead of building a new one."""
import itertools
from urllib.parse import urljoin


class Pooled(type):
    def __call__(cls, *args, _pool={}, **kwargs):  # expect: HL101 refuted
        key = (cls, args, tuple(sorted(kwargs.items())))
        client = _pool.get(key)
        if client is None:
            client = _pool[key] = super().__call__(*args, **kwargs)
        return client


class ApiClient(metaclass=Pooled):
    def __init__(self, base_url, timeout=10):
        self.base_url = base_url
        self.timeout = timeout
        self.requests = 0

    def prepare(self, path, **params):
        self.requests += 1
        query = "&".join(f"{k}={v}" for k, v in sorted(params.items()))
        return urljoin(self.base_url, path) + (f"?{query}" if query else "")


REGIONS = ("eu-west", "us-east", "ap-south")
_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    client = ApiClient(f"https://{REGIONS[n % len(REGIONS)]}.api.example.com/v2/")
    return client.prepare("orders", page=n % 7, status="open")
