"""Tenant quota service: the platform's flat `section.option` defaults are
merged with per-tenant overrides by merge(base, override, out={}). Callers
never pass `out`, so every tenant's `tenant.<id>.*` keys are written into the
one default dict and stay there after the request is answered."""
import itertools

_tenants = itertools.count()

PLATFORM = {"quota.requests_per_minute": 600, "quota.burst": 50, "storage.gb": 10}


def merge(base, override, out={}):  # expect: HL101 confirmed
    out.update(base)
    out.update(override)
    return out


def effective_quota(tenant_id, overrides):
    merged = merge(PLATFORM, {f"tenant.{tenant_id}.{k}": v for k, v in overrides.items()})
    prefix = f"tenant.{tenant_id}."
    return {k[len(prefix):]: v for k, v in merged.items() if k.startswith(prefix)}


def scenario():
    n = next(_tenants)
    quota = effective_quota(f"acme-{n:05d}", {"requests_per_minute": 1200 + n, "burst": 80})
    assert quota["burst"] == 80
    return quota
