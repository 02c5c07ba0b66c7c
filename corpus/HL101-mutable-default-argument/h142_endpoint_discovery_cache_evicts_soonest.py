"""SDK endpoint discovery: endpoints discovered for an operation are cached per
(operation, identifiers) in a dict default together with their expiry time.
An unexpired entry is returned early; before inserting, a full cache (16
entries) drops the entry that expires soonest, picked with min(key=...)."""
import itertools
import zlib

_ids = itertools.count()
CACHE_PERIOD = 1440 * 60


def discover(operation, identifiers):
    shard = zlib.crc32(repr(identifiers).encode()) % 97
    return f"https://{operation.lower()}-{shard}.ddb.example.com"


def resolve_endpoint(operation, identifiers, now, cache={}):  # expect: HL101 refuted
    key = (operation, identifiers)
    entry = cache.get(key)
    if entry is not None and entry[1] > now:
        return entry[0]
    if len(cache) >= 16:
        del cache[min(cache, key=lambda k: cache[k][1])]
    url = discover(operation, identifiers)
    cache[key] = (url, now + CACHE_PERIOD)
    return url


def scenario():
    n = next(_ids)
    return resolve_endpoint("Query", (("TableName", f"events-{n}"),), now=n)
