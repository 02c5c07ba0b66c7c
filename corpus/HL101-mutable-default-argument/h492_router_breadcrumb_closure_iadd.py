"""URL router: resolve() walks path segments and records each step through a
small closure. The closure declares the `trail` parameter nonlocal and
extends it with `+=`, which for a list mutates the default in place."""
import itertools

_requests = itertools.count()
ROUTES = {"users": "user_view", "orders": "order_view", "health": "health_view"}


def resolve(path, trail=[]):  # expect: HL101 confirmed
    def visit(segment):
        nonlocal trail
        trail += [segment]
        return ROUTES.get(segment)

    view = None
    for segment in path.strip("/").split("/"):
        view = visit(segment) or view
    return view, "/".join(trail[-3:])


def scenario():
    n = next(_requests)
    return resolve("/users/%d/orders/o-%d" % (n, n))
