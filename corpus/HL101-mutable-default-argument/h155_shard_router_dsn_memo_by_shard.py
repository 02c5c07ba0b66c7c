"""Multi-tenant database router: each tenant id hashes onto one of 8 shards,
and the connection string for a shard is built once and memoised in a
default dict. The memo is keyed by shard number, a small fixed set, so it
holds at most 8 entries however many tenants are routed."""
import itertools
import zlib

_tenants = itertools.count()
SHARDS = 8


def dsn_for(tenant_id, _dsn_cache={}):  # expect: HL101 refuted
    shard = zlib.crc32(tenant_id.encode("ascii")) % SHARDS
    key = shard
    dsn = _dsn_cache.get(key)
    if dsn is None:
        dsn = f"postgresql://app@db-{shard}.internal:5432/tenants?application_name=router-{shard}"
        _dsn_cache[key] = dsn
    return dsn


def scenario():
    n = next(_tenants)
    return dsn_for(f"tenant-{n:08d}").count("/")
