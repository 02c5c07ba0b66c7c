"""White-label shop: `BaseCatalog.__init__(self, messages={})` copies the dict
it is given into `self.messages` and fills in the default strings.
`TenantCatalog` calls `super().__init__()` without messages and then writes
the tenant's brand strings, keyed `brand.<tenant>.*`, into its own copy, so the
shared default is only read and stays empty."""
import itertools

_tenants = itertools.count()
DEFAULTS = {"nav.home": "Home", "nav.cart": "Cart", "footer": "© {year} {brand}"}


class BaseCatalog:
    def __init__(self, messages={}):  # expect: HL101 refuted
        self.messages = dict(messages)
        for key, text in DEFAULTS.items():
            self.messages.setdefault(key, text)

    def gettext(self, key, **params):
        return self.messages.get(key, key).format(**params)


class TenantCatalog(BaseCatalog):
    def __init__(self, tenant, brand):
        super().__init__()
        self.tenant = tenant
        self.messages[f"brand.{tenant}.name"] = brand
        self.messages[f"brand.{tenant}.tagline"] = f"{brand}: fresh since 2009"

    @property
    def footer(self):
        return self.gettext("footer", year=2024, brand=self.messages[f"brand.{self.tenant}.name"])


def scenario():
    n = next(_tenants)
    catalog = TenantCatalog(f"t{n:05d}", f"Shop {n}")
    return catalog.gettext("nav.cart"), catalog.footer
