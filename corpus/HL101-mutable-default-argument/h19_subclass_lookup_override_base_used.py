"""Resolver caches: the base class keeps results on the instance, the DNS subclass shares one memo (this service uses the base class)."""
import itertools


class Cache:
    def __init__(self):
        self._data = {}

    def lookup(self, key, loader, memo=None):
        memo = self._data if memo is None else memo
        if key not in memo:
            memo[key] = loader(key)
        return memo[key]


class DnsCache(Cache):
    # heaplint-todo: the override nothing calls is not run through the file's callers, which never reach it (heaplint: unknown)
    def lookup(self, key, loader, memo={}):  # expect: HL101 refuted
        return super().lookup(key.lower().rstrip("."), loader, memo)


def fake_resolve(host):
    return "10.1.%d.%d" % (len(host) % 250, sum(map(ord, host)) % 250)


_hosts = itertools.count()


def scenario():
    n = next(_hosts)
    cache = Cache()
    return cache.lookup(f"Node{n}.Cluster.Example.", fake_resolve)
