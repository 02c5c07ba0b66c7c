"""Tenant web app: a RouteTable (collections.UserDict) maps URL paths to
handler names, and its __setitem__ normalises each path (lower case, no
trailing slash). __init__ hands its `routes={}` default to UserDict.__init__,
which creates a fresh `self.data` and copies the routes in through
__setitem__, so the default is only read and stays empty."""
import itertools
from collections import UserDict

_tenants = itertools.count()


class RouteTable(UserDict):
    def __init__(self, routes={}):  # expect: HL101 refuted
        super().__init__(routes)

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
