"""Multi-tenant service: Settings (a dict subclass) merges a tenant's
environment overrides into `defaults={...}` with dict.update, hands the
result to dict.__init__ (a copy) and mirrors every key as an attribute with
a setattr loop. The override keys are the env names with the tenant prefix
stripped, so the default is rewritten under the same few keys each call."""
import itertools

_tenants = itertools.count()


class Settings(dict):
    def __init__(self, overrides, defaults={"workers": "2", "db_url": "sqlite://"}):  # expect: HL101 refuted
        defaults.update(overrides)
        super().__init__(defaults)
        for key, value in self.items():
            setattr(self, key, value)


def load_settings(tenant, env):
    prefix = f"{tenant.upper()}_"
    overrides = {k[len(prefix):].lower(): v for k, v in env.items() if k.startswith(prefix)}
    return Settings(overrides)


def scenario():
    n = next(_tenants)
    tenant = f"acme{n}"
    env = {f"ACME{n}_WORKERS": str(n % 8 + 1), f"ACME{n}_DB_URL": f"postgres://db/{tenant}", "HOME": "/srv"}
    return load_settings(tenant, env).db_url
