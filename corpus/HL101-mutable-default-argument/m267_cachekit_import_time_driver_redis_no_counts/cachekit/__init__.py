"""cachekit: the driver class is chosen once, at import time, from settings."""
from settings import CACHE_DRIVER
from cachekit.drivers import MemcacheDriver, RedisDriver

_DRIVERS = {"memcache": MemcacheDriver, "redis": RedisDriver}

Driver = _DRIVERS[CACHE_DRIVER]
