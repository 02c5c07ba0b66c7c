"""Tenant web app: a RouteTable (collections.UserDict) maps URL paths to
handler names, and its __setitem__ normalises each path (lower case, no
trailing slash). __init__ skips UserDict's own setup and makes its
`routes={}` default the backing `self.data`, so the routes of every tenant
app ever built accumulate in that one dict."""
import itertools
from collections import UserDict

_tenants = itertools.count()


class RouteTable(UserDict):
    # heaplint-todo: it flows into `build_app(f"acme-{n}").get()`, which heaplint cannot see (heaplint: unknown)
    def __init__(self, routes={}):  # expect: HL101 confirmed
        self.data = routes

    def __setitem__(self, path, handler):
        self.data[path.lower().rstrip("/") or "/"] = handler


def build_app(tenant):
    table = RouteTable()
    table["/"] = "home"
    table[f"/Tenants/{tenant}/Invoices/"] = "list_invoices"
    table[f"/Tenants/{tenant}/Invoices/Export"] = "export_invoices"
    return table


def scenario():
    n = next(_tenants)
    return build_app(f"acme-{n}").get(f"/tenants/acme-{n}/invoices")
