"""HTTP client: `keyed_pool()` builds acquire/release closures around a dict
of per-key free lists, the dict being a default argument. Connections are
keyed by the region picked as the nearest for the request, one of three, and
each request takes the idle connection back out before releasing it, so the
dict holds at most one connection per region."""
import itertools

_requests = itertools.count()
REGIONS = ("eu-west", "us-east", "ap-south")


def keyed_pool(factory, pools={}):  # expect: HL101 refuted
    def acquire(key):
        try:
            return pools[key].pop()
        except (KeyError, IndexError):
            return factory(key)

    def release(key, conn):
        pools.setdefault(key, []).append(conn)

    return acquire, release


def scenario():
    n = next(_requests)
    region = min(REGIONS, key=lambda r: (len(r) * 7 + n) % 5)
    acquire, release = keyed_pool(lambda key: {"key": key, "requests": 0})
    conn = acquire(region)
    conn["requests"] += 1
    release(region, conn)
    return conn["requests"]
