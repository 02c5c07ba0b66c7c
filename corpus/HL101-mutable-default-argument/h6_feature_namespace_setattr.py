"""Feature flags: each tenant's flag is set with setattr on a SimpleNamespace default; new names keep arriving."""
import itertools
import types


def enable(tenant, flag, _flags=types.SimpleNamespace(beta=False)):  # expect: HL101 confirmed
    setattr(_flags, f"{flag}_{tenant}", True)
    return getattr(_flags, "beta")


def onboard(n):
    return enable(f"t{n}", "new_checkout")


_tenants = itertools.count()


def scenario():
    onboard(next(_tenants))
