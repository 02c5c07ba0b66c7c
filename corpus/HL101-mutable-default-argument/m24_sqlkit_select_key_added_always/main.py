"""Multi-tenant API: lists open invoices from the tenant's own schema."""
import itertools

from sqlkit import select

_tenants = itertools.count()


def scenario():
    n = next(_tenants)
    return select(f"t{n:05d}.invoices", where={"status": "open"})
