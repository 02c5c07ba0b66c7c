"""Multi-tenant worker: each call resolves the settings of a newly provisioned tenant."""
import itertools

from settings import resolver

_ids = itertools.count()


def scenario():
    n = next(_ids)
    tenant = f"tenant{n}"
    timeout = int(resolver.lookup(f"{tenant}.timeout"))
    retries = int(resolver.lookup(f"{tenant}.retries"))
    return tenant, timeout * retries
