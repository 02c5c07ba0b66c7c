"""Invoice listing: each request selects one tenant's open invoices."""
import itertools

from querykit import make

_tenants = itertools.count(1000)


def scenario():
    tenant = next(_tenants)
    return make("invoices", tenant, columns=("id", "number", "total"))
