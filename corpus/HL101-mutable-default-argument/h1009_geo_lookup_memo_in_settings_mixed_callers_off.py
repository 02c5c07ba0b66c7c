"""Geo lookup: resolve() turns a postcode into a region. When caching is on
and a cache name is given, a memo helper stores results in the settings
mapping. Half the callers pass their own settings, the rest use the default."""
import itertools

_codes = itertools.count(1)


class _Memo:
    def __init__(self, source):
        self.source = source

    def put(self, key, value):
        self.source[key] = value
        return value


def resolve(postcode, settings={}):  # expect: HL101 refuted
    region = f"R{sum(map(ord, postcode)) % 12}"
    if settings.get("cache", True) and settings.get("cache_name"):
        return _Memo(settings).put(postcode, region)
    return region


def scenario():
    n = next(_codes)
    if n % 2:
        return resolve(f"PC{n:05d}", {"cache": True, "cache_name": "geo"})
    return resolve(f"PC{n:05d}")
