"""Feature flags: per-tenant overrides are layered over shipped defaults; unknown flags are noted as off."""
import itertools
import json
from collections import ChainMap


class FlagDefaults(dict):
    def __missing__(self, flag):
        self[flag] = False
        return False

    def unknown(self):
        return sorted(name for name, on in self.items() if on is False)


def enabled_flags(tenant_json, defaults=FlagDefaults(dark_mode=True, beta_search=False)):  # expect: HL101 confirmed
    tenant = json.loads(tenant_json)
    flags = ChainMap(tenant.get("overrides", {}), defaults)
    return [name for name in tenant["requested"] if flags[name]]


_tenants = itertools.count()


def scenario():
    n = next(_tenants)
    tenant = {
        "id": f"tenant-{n}",
        "overrides": {"beta_search": n % 2 == 0},
        "requested": ["dark_mode", "beta_search", f"experiment_{n}"],
    }
    return enabled_flags(json.dumps(tenant))
