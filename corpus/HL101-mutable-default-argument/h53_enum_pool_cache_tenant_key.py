"""Connection pool picker for a multi-tenant DB router."""
import enum
import itertools
import zlib

_ids = itertools.count()


class Role(enum.Enum):
    PRIMARY = "primary"
    REPLICA = "replica"
    ANALYTICS = "analytics"


class Pool:
    def __init__(self, role, dsn):
        self.role = role
        self.dsn = dsn
        self.in_use = 0


def shard_of(tenant):
    return "shard%d" % (zlib.crc32(tenant.encode()) % 4)


def pool_for(role, tenant, _pools={}):  # expect: HL101 confirmed
    key = (Role(role), tenant)
    pool = _pools.get(key)
    if pool is None:
        pool = _pools[key] = Pool(key[0], "postgres://%s/%s" % (key[0].value, key[1]))
    return pool


def least_busy(tenant):
    candidates = [pool_for(r, tenant) for r in ("replica", "analytics")]
    best = min(candidates, key=lambda p: (p.in_use, p.role.value))
    best.in_use += 1
    return best


def scenario():
    tenant = "tenant-%d" % next(_ids)
    least_busy(tenant).in_use -= 1
    pool_for("primary", tenant).in_use += 1
