"""Multi-tenant app server: mounts_for() lazily builds a host's (prefix, app)
mounts into a defaultdict default; resolve() picks the longest prefix with
max(key=...). Every request is for a new tenant's subdomain, but tenants share
the mounts of their wildcard domain (*.shops.example), the table's key."""
import collections
import dataclasses
import itertools
from urllib.parse import urlsplit

# urlsplit keeps its own 128-entry lru_cache: let it fill before measuring.
# oracle: calls=200
_tenants = itertools.count()
TENANT_APPS = (("/", "storefront"), ("/api/", "rest_api"), ("/api/admin/", "admin_api"))


@dataclasses.dataclass(frozen=True)
class Mount:
    prefix: str
    app: str


def mounts_for(host, table=collections.defaultdict(list)):  # expect: HL101 refuted
    key = "*." + host.lower().partition(".")[2]
    if key not in table:
        table[key].extend(Mount(prefix, app) for prefix, app in TENANT_APPS)
    return table[key]


def resolve(url):
    parts = urlsplit(url)
    candidates = [m for m in mounts_for(parts.hostname) if parts.path.startswith(m.prefix)]
    if not candidates:
        return None, parts.path
    best = max(candidates, key=lambda m: len(m.prefix))
    return best.app, "/" + parts.path[len(best.prefix):]


def scenario():
    n = next(_tenants)
    return resolve("https://store%d.shops.example/api/admin/orders/%d?expand=items" % (n, n))
