"""Feature flags: per-tenant overrides are merged onto a default dict that is only ever read."""
import itertools
import zlib

DEFAULTS_VERSION = 3


def resolve_flags(tenant: str, overrides: dict[str, bool],
                  defaults: dict[str, bool] = {"new_checkout": False, "dark_mode": True}) -> dict[str, bool]:  # expect: HL101 refuted
    flags = {**defaults, **overrides}
    if "beta" in tenant and not defaults.get("new_checkout"):
        flags["new_checkout"] = True
    return flags


def rollout_bucket(tenant: str) -> int:
    return zlib.crc32(tenant.encode()) % 100


def flags_for(tenant: str) -> dict[str, bool]:
    overrides = {"fast_search": rollout_bucket(tenant) < 20}
    return resolve_flags(tenant, overrides)


_tenants = itertools.count()


def scenario():
    n = next(_tenants)
    return flags_for(f"tenant-{n}" + ("-beta" if n % 4 == 0 else ""))
