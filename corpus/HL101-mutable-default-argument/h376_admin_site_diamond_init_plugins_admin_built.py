"""Admin sites: `Site.__init__()` takes `plugins=[]` and runs the cooperative
`setup()` chain. `RegistryMixin.setup()` appends the site's model registry to
`self.plugins`, the default list. `AdminSite` is a diamond over Site through
ThemingMixin and RegistryMixin and `PublicSite` skips the registry; every
scenario call builds an AdminSite, so the default list grows."""
import itertools

_tenants = itertools.count()


class Site:
    # heaplint-todo: `__init__` reaches RegistryMixin.setup through a cooperative chain over a diamond; heaplint does not reach the mixin's store on every way (heaplint: unknown)
    def __init__(self, name, plugins=[]):  # expect: HL101 confirmed
        self.name = name
        self.plugins = plugins
        self.setup()

    def setup(self):
        self.ready = True


class ThemingMixin(Site):
    def setup(self):
        self.theme = f"{self.name}-theme"
        super().setup()


class RegistryMixin(Site):
    def setup(self):
        super().setup()
        self.plugins.append(f"{self.name}:model-registry")


class AdminSite(ThemingMixin, RegistryMixin):
    index_title = "Administration"


class PublicSite(ThemingMixin, Site):
    index_title = "Welcome"


def scenario():
    n = next(_tenants)
    return AdminSite(f"tenant-{n}").theme
