"""HTTP middleware chain: `build_chain` starts from a default list of
handlers and adds the route's own handlers with `handlers = handlers +
extra`. The concatenation builds a new list and rebinds the local name, so
the default stays empty and each chain lives only as long as its request."""
import itertools

_routes = itertools.count()


def build_chain(extra, handlers=[]):  # expect: HL101 refuted
    handlers = handlers + extra
    return handlers


def make_route_handler(path):
    def handle(request):
        request.setdefault("trace", []).append(path)
        return request
    return handle


def scenario():
    n = next(_routes)
    chain = build_chain([make_route_handler("/api/items/%d" % n)])
    request = {"path": "/api/items/%d" % n}
    for handler in chain[-1:]:
        request = handler(request)
    return request["trace"]
