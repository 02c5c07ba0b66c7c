"""Multi-tenant settings: a tenant's overrides are plain instance attributes;
any other setting falls back through Settings.__getattr__ to the product-wide
DEFAULTS and is memoised in the `_resolved` dict default. The memo is keyed
by (tenant, name), so every tenant served adds entries that are never dropped."""
import itertools

_requests = itertools.count()
DEFAULTS = {"page_size": 50, "currency": "EUR", "timezone": "UTC", "locale": "en_GB"}


class Settings:
    def __init__(self, tenant, overrides, _resolved={}):  # expect: HL101 confirmed
        self.tenant = tenant
        self.__dict__.update(overrides)
        self._resolved = _resolved

    def __getattr__(self, name):
        if name.startswith("_") or name not in DEFAULTS:
            raise AttributeError(name)
        key = (self.tenant, name)
        if key not in self._resolved:
            self._resolved[key] = DEFAULTS[name]
        return self._resolved[key]


def scenario():
    n = next(_requests)
    settings = Settings(f"tenant-{n:06d}", {"page_size": 20 + n % 30})
    return settings.page_size, settings.currency, settings.timezone
