"""HTTP middleware chain: `build_chain` starts from a default list of
handlers and adds the route's own handlers with `+=`. On a list, `+=`
extends in place, so the default itself collects every route's request
handlers and each new chain runs all of them."""
import itertools

_routes = itertools.count()


def build_chain(extra, handlers=[]):  # expect: HL101 confirmed
    handlers += extra
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
