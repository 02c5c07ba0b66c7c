"""Concrete drivers (network calls stubbed with local tables)."""
from cachekit.base import CacheDriver

_MEMCACHE = {}
_REDIS = {}


class MemcacheDriver(CacheDriver):
    def _fetch(self, key):
        return _MEMCACHE.get(key)

    def _count(self, outcome):
        key = f"{self.namespace}.{outcome}"
        self.stats[key] = self.stats.get(key, 0) + 1


class RedisDriver(CacheDriver):
    def _fetch(self, key):
        return _REDIS.get(key)
