"""Page cache: each request opens a tenant-scoped cache and reads one page."""
import itertools

from cachekit import Driver

_requests = itertools.count()


def scenario():
    n = next(_requests)
    cache = Driver(namespace=f"tenant-{n}")
    return cache.get(f"/pages/{n % 50}")
