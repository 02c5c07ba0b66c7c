"""App settings: Settings.plugins() returns the configured plugin list or
its default list. The loader adds the tenant's extension with
`enabled = enabled + [...]`, which builds a new list and rebinds the local
name, so the shared default returned by plugins() is left untouched."""
import itertools


class Settings:
    def __init__(self, data):
        self._data = data

    def plugins(self, default=[]):  # expect: HL101 refuted
        return self._data.get("plugins", default)


def load_plugins(settings, tenant):
    enabled = settings.plugins()
    enabled = enabled + [f"tenant_extensions.{tenant}.billing_hooks"]
    return enabled


_tenants = itertools.count()


def scenario():
    n = next(_tenants)
    settings = Settings({"debug": False, "tenant": f"acme-{n}"})
    return len(load_plugins(settings, f"acme_{n}"))
