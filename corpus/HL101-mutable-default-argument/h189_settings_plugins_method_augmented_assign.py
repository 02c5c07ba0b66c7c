"""App settings: Settings.plugins() returns the configured plugin list or
its default list. The loader adds the tenant's extension with `+=`, which
extends a list in place, so every tenant's plugin is appended to the shared
default returned by plugins()."""
import itertools


class Settings:
    def __init__(self, data):
        self._data = data

    def plugins(self, default=[]):  # expect: HL101 confirmed
        return self._data.get("plugins", default)


def load_plugins(settings, tenant):
    enabled = settings.plugins()
    enabled += [f"tenant_extensions.{tenant}.billing_hooks"]
    return enabled


_tenants = itertools.count()


def scenario():
    n = next(_tenants)
    settings = Settings({"debug": False, "tenant": f"acme-{n}"})
    return len(load_plugins(settings, f"acme_{n}"))
