"""Virtual-host router: a Router maps a Host to (path prefix, handler) pairs.
TenantRouter forwards its keyword options to super().__init__(), which copies
the `routes` default host by host into the instance table; each request for a
new tenant subdomain builds a TenantRouter, whose routes go into the copy."""
import itertools
from urllib.parse import urlsplit

# urlsplit keeps its own 128-entry lru_cache: let it fill before measuring.
# oracle: calls=200
_tenants = itertools.count()


class Router:
    def __init__(self, routes={}, strict_slashes=False):  # expect: HL101 refuted
        self.routes = {host: list(pairs) for host, pairs in routes.items()}
        self.strict_slashes = strict_slashes

    def add(self, host, prefix, handler):
        self.routes.setdefault(host.lower(), []).append((prefix, handler))

    def dispatch(self, url):
        parts = urlsplit(url)
        path = parts.path if self.strict_slashes else parts.path.rstrip("/") + "/"
        for prefix, handler in self.routes.get(parts.hostname or "", ()):
            if path.startswith(prefix):
                return handler(parts)
        return "404 %s" % parts.path


class TenantRouter(Router):
    def __init__(self, host, **options):
        super().__init__(**options)
        self.add(host, "/api/", lambda parts: "api:%s?%s" % (parts.path, parts.query))
        self.add(host, "/", lambda parts: "page:" + parts.path)


def scenario():
    n = next(_tenants)
    host = "Shop%d.Example.com" % n
    return TenantRouter(host).dispatch("https://%s/api/orders?page=%d" % (host, n))
