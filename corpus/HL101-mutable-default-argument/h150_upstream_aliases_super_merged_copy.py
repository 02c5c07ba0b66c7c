"""Multi-tenant proxy: a resolver maps public host names to upstream
backends. TenantResolver adds a tenant's custom domains to the built-in
aliases after super().__init__() by rebinding self.aliases to a merged dict,
so BaseResolver.__init__'s dict default is only read."""
import itertools
from urllib.parse import urlsplit, urlunsplit

# urlsplit keeps its own 128-entry lru_cache: let it fill before measuring.
# oracle: calls=200
_tenants = itertools.count()


class BaseResolver:
    def __init__(self, aliases={"www.example.com": "web-1.internal"}):  # expect: HL101 refuted
        self.aliases = aliases

    def resolve(self, url):
        parts = urlsplit(url)
        upstream = self.aliases.get(parts.hostname, parts.hostname)
        return urlunsplit(("http", upstream, parts.path, parts.query, ""))


class TenantResolver(BaseResolver):
    def __init__(self, tenant, domains):
        super().__init__()
        self.aliases = {**self.aliases, **{domain: "%s.tenants.internal" % tenant for domain in domains}}


def scenario():
    n = next(_tenants)
    resolver = TenantResolver("t%d" % n, ["shop%d.example.net" % n, "www.brand%d.example" % n])
    return resolver.resolve("https://shop%d.example.net/cart?id=%d" % (n, n))
