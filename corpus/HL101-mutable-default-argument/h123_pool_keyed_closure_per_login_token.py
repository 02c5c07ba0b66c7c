"""HTTP client: `keyed_pool()` builds acquire/release closures around a dict
of per-key free lists, the dict being a default argument. Connections are
keyed by the user's login token so a pooled connection never crosses users;
every login brings a new token, and its free list stays in the dict after
the user has gone."""
import itertools

_logins = itertools.count()


def keyed_pool(factory, pools={}):  # expect: HL101 confirmed
    def acquire(key):
        try:
            return pools[key].pop()
        except (KeyError, IndexError):
            return factory(key)

    def release(key, conn):
        pools.setdefault(key, []).append(conn)

    return acquire, release


def scenario():
    token = "tok-%08x" % next(_logins)
    acquire, release = keyed_pool(lambda key: {"key": key, "requests": 0})
    conn = acquire(token)
    conn["requests"] += 1
    release(token, conn)
    return conn["requests"]
