"""Route table for a small REST app: `route()` makes a handler closure for
the requested resource and registers it in `table`, a default `RouteTable`
instance the debug page lists. Handlers are keyed by method and route
template, so each request replaces the previous handler of its endpoint and
the table holds one per endpoint."""
import itertools

_requests = itertools.count()


class RouteTable:
    def __init__(self):
        self.handlers = {}

    def add(self, key, handler):
        self.handlers[key] = handler


def route(method, path, table=RouteTable()):  # expect: HL101 refuted
    kind, _, ident = path.strip("/").partition("/")
    template = "/%s/{id}" % kind

    def handler(body):
        return {"method": method, "kind": kind, "id": ident, "size": len(body)}

    table.add((method, template), handler)
    return handler


def scenario():
    n = next(_requests)
    kind = ("users", "orders", "invoices")[n % 3]
    return route("GET", "/%s/%d" % (kind, n))(b"x" * (n % 5))
