"""Admin sites: `Site.__init__()` takes `plugins=[]` and runs the cooperative
`setup()` chain. `RegistryMixin.setup()` appends the site's model registry to
`self.plugins`, the default list. `AdminSite` is a diamond over Site through
ThemingMixin and RegistryMixin, but every scenario call builds a `PublicSite`,
whose MRO has no RegistryMixin, so the default list stays empty."""
import itertools

_tenants = itertools.count()


class Site:
    # heaplint-todo: RegistryMixin, a cooperative mixin of the module, binds `setup` again; the class the application builds does not combine it, and heaplint does not reach its store (heaplint: unknown)
    def __init__(self, name, plugins=[]):  # expect: HL101 refuted
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
    return PublicSite(f"tenant-{n}").theme
