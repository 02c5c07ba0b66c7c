"""Multi-tenant router: looks up the extra routes configured for a tenant."""
import collections
import itertools


def routes_for(tenant, table=collections.defaultdict(list)):  # expect: HL101 confirmed
    # Reading a missing key of a defaultdict inserts an empty list for it.
    return list(table[tenant]) + ["/health", "/login"]


def dispatch(tenant, path):
    return path in routes_for(tenant)


_tenants = itertools.count()


def scenario():
    n = next(_tenants)
    dispatch(f"tenant-{n}", "/login")
