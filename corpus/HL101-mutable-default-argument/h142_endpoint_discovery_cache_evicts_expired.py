"""SDK endpoint discovery: endpoints discovered for an operation are cached per
(operation, identifiers) in a dict default together with their expiry time.
An unexpired entry is returned early; before inserting, the cache only drops
entries that have expired, and a discovered endpoint lives for a day while
every call queries a different table, so the cache keeps them all."""
import itertools
import zlib

_ids = itertools.count()
CACHE_PERIOD = 1440 * 60


def discover(operation, identifiers):
    shard = zlib.crc32(repr(identifiers).encode()) % 97
    return f"https://{operation.lower()}-{shard}.ddb.example.com"


def resolve_endpoint(operation, identifiers, now, cache={}):  # expect: HL101 confirmed
    key = (operation, identifiers)
    entry = cache.get(key)
    if entry is not None and entry[1] > now:
        return entry[0]
    for stale in [k for k, (_, expires) in cache.items() if expires <= now]:
        del cache[stale]
    url = discover(operation, identifiers)
    cache[key] = (url, now + CACHE_PERIOD)
    return url


def scenario():
    n = next(_ids)
    return resolve_endpoint("Query", (("TableName", f"events-{n}"),), now=n)
