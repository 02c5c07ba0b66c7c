"""Billing dashboard: one request shows one tenant's order count."""
import itertools

import tenant_stats

_tenants = itertools.count()


def scenario():
    n = next(_tenants)
    dsn = f"pg://db{n % 2}.internal:5432/tenant_{n:05d}"
    return tenant_stats.count_orders(dsn, since=f"2024-{n % 12 + 1:02d}-01")
