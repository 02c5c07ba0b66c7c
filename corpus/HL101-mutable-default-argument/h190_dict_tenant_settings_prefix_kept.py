"""Multi-tenant service: Settings (a dict subclass) merges a tenant's
environment overrides into `defaults={...}` with dict.update, hands the
result to dict.__init__ (a copy) and mirrors every key as an attribute with
a setattr loop. The override keys keep the tenant prefix of the env names,
so each tenant adds two new keys to the shared default, which never drops
them."""
import itertools

_tenants = itertools.count()


class Settings(dict):
    def __init__(self, overrides, defaults={"workers": "2", "db_url": "sqlite://"}):  # expect: HL101 confirmed
        defaults.update(overrides)
        super().__init__(defaults)
        for key, value in self.items():
            setattr(self, key, value)


def load_settings(tenant, env):
    prefix = f"{tenant.upper()}_"
    overrides = {k.lower(): v for k, v in env.items() if k.startswith(prefix)}
    return Settings(overrides)


def scenario():
    n = next(_tenants)
    tenant = f"acme{n}"
    env = {f"ACME{n}_WORKERS": str(n % 8 + 1), f"ACME{n}_DB_URL": f"postgres://db/{tenant}", "HOME": "/srv"}
    return getattr(load_settings(tenant, env), f"acme{n}_db_url")
